-- Drives tasklet-lsp with Neovim's built-in LSP client and writes what it
-- got as JSON lines on stdout. Arguments come from the environment:
-- TASKLET_LSP (the server binary), PROBE_FILE (the program to open).
local server = os.getenv("TASKLET_LSP")
local file = os.getenv("PROBE_FILE")
local out = {}

local function emit(key, value)
  table.insert(out, vim.fn.json_encode({ key = key, value = value }))
end

vim.cmd("edit " .. file)
local buf = vim.api.nvim_get_current_buf()
local client = vim.lsp.start_client({
  cmd = { server },
  root_dir = vim.fn.fnamemodify(file, ":h"),
})
vim.lsp.buf_attach_client(buf, client)

local ok = vim.wait(10000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
emit("diagnostics_arrived", ok)
for _, d in ipairs(vim.diagnostic.get(buf)) do
  emit("diagnostic", { line = d.lnum, col = d.col, code = d.code, message = d.message })
end

local function request(method, params)
  local res = vim.lsp.buf_request_sync(buf, method, params, 10000)
  if not res then return nil end
  for _, r in pairs(res) do
    if r.result then return r.result end
  end
  return nil
end

local function pos(line, character)
  return { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = line, character = character } }
end

local hover = request("textDocument/hover", pos(4, 5))
emit("hover", hover and hover.contents.value or vim.NIL)

local def = request("textDocument/definition", pos(9, 19))
if def and def[1] then
  emit("definition", def[1].range.start)
else
  emit("definition", vim.NIL)
end

local comp = request("textDocument/completion", pos(11, 13))
local labels = {}
if comp then
  for _, item in ipairs(comp.items or comp) do table.insert(labels, item.label) end
end
emit("completion", labels)

vim.lsp.stop_client(client)
io.stdout:write(table.concat(out, "\n") .. "\n")
vim.cmd("qa!")
