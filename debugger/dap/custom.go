package dap

import (
	godap "github.com/google/go-dap"

	"tasklet/debugger"
)

// The custom requests of a tasklet-aware client.

// TaskletsRequest lists tasklets a page at a time, filtered by state and
// function: `threads` caps its answer, this one does not.
type TaskletsRequest struct {
	godap.Request
	Arguments TaskletsArguments `json:"arguments"`
}

// TaskletsArguments page and filter the list.
type TaskletsArguments struct {
	Start    int    `json:"start,omitempty"`
	Count    int    `json:"count,omitempty"` // 0: all
	State    string `json:"state,omitempty"` // running, runnable, blocked, in run(), removed, new
	Function string `json:"function,omitempty"`
}

// TaskletsResponse answers TaskletsRequest.
type TaskletsResponse struct {
	godap.Response
	Body TaskletsBody `json:"body"`
}

// TaskletsBody is one page of tasklets and how many match in all.
type TaskletsBody struct {
	Tasklets []Tasklet `json:"tasklets"`
	Total    int       `json:"total"`
	// States counts every tasklet by state, whatever the filter.
	States map[string]int `json:"states"`
}

// Tasklet is a tasklet in the list, with the DAP thread that stands for
// it.
type Tasklet struct {
	debugger.TaskletInfo
	ThreadID int `json:"threadId"`
}

// ChannelsRequest lists the channels that tasklets wait on.
type ChannelsRequest struct {
	godap.Request
}

// ChannelsResponse answers ChannelsRequest.
type ChannelsResponse struct {
	godap.Response
	Body ChannelsBody `json:"body"`
}

// ChannelsBody lists channels with their queues in order.
type ChannelsBody struct {
	Channels []Channel `json:"channels"`
}

// Channel is a channel with waiting tasklets; VariablesReference expands
// it in the variables view.
type Channel struct {
	debugger.ChannelInfo
	VariablesReference int `json:"variablesReference"`
}

// newCodec is go-dap's codec with the custom requests.
func newCodec() *godap.Codec {
	c := godap.NewCodec()
	must(c.RegisterRequest("tasklets", func() godap.Message { return &TaskletsRequest{} }, func() godap.Message { return &TaskletsResponse{} }))
	must(c.RegisterRequest("channels", func() godap.Message { return &ChannelsRequest{} }, func() godap.Message { return &ChannelsResponse{} }))
	return c
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}
