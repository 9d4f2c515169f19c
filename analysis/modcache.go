package analysis

import (
	"hash/maphash"
	"slices"
	"sync"
)

// A ModuleCache keeps the files that analyses import, parsed, bound and
// with every type inferred, from one analysis to the next: an edit of one
// file then analyzes that file alone, not again the files it imports. A
// cached module is frozen, like the stubs, so that analyses running at
// the same time can share it. Safe for concurrent use.
//
// A module is reused when the file Options.Import returns for it has the
// same text. The files it imports in turn are not read again: whoever
// owns the cache calls Forget when a file changes.
type ModuleCache struct {
	mu      sync.Mutex
	entries map[cacheKey]*cachedModule
}

// A cacheKey names a module as one import search path finds it: the same
// file may import different modules when the search path differs.
type cacheKey struct {
	scope, name, path string
}

type cachedModule struct {
	mod  *Module
	hash uint64
	// deps are the paths of the files the module's analysis read: its own
	// and, transitively, those of its imports.
	deps []string
}

var cacheSeed = maphash.MakeSeed()

// NewModuleCache returns an empty cache.
func NewModuleCache() *ModuleCache {
	return &ModuleCache{entries: map[cacheKey]*cachedModule{}}
}

// Forget drops every module whose analysis read the file at path.
func (c *ModuleCache) Forget(path string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for k, e := range c.entries {
		if slices.Contains(e.deps, path) {
			delete(c.entries, k)
		}
	}
}

// Clear drops every module.
func (c *ModuleCache) Clear() {
	c.mu.Lock()
	defer c.mu.Unlock()
	clear(c.entries)
}

// Len is the number of modules cached.
func (c *ModuleCache) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.entries)
}

func (c *ModuleCache) get(k cacheKey, hash uint64) *cachedModule {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e := c.entries[k]; e != nil && e.hash == hash {
		return e
	}
	return nil
}

func (c *ModuleCache) put(k cacheKey, e *cachedModule) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.entries[k] = e
}

// loadCached returns the module of an imported file from the cache, or
// analyzes it with a loader of its own, infers its types and caches it
// frozen. Modules of an import cycle being analyzed are shared through
// building until the whole cycle is done.
func (ld *loader) loadCached(c *ModuleCache, name, path string, src []byte) *Module {
	k := cacheKey{ld.opts.ModulesScope, name, path}
	h := maphash.Bytes(cacheSeed, src)
	if e := c.get(k, h); e != nil {
		ld.deps = append(ld.deps, e.deps...)
		return e.mod
	}
	if m := ld.building[k]; m != nil {
		return m
	}
	sub := &loader{opts: ld.opts, modules: map[string]*Module{}, building: ld.building}
	r := sub.bindFile(name, path, src)
	sub.modules[name] = r.Module
	ld.building[k] = r.Module
	r.warm()
	delete(ld.building, k)
	deps := append([]string{path}, sub.deps...)
	for _, m := range sub.modules {
		if m != nil && !m.Stub {
			deps = append(deps, m.Path)
		}
	}
	slices.Sort(deps)
	deps = slices.Compact(deps)
	r.frozen, sub.frozen = true, true
	c.put(k, &cachedModule{mod: r.Module, hash: h, deps: deps})
	ld.deps = append(ld.deps, deps...)
	return r.Module
}
