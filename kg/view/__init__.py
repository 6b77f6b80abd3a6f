"""The interactive graph view (`kg viz`): read the store, select, lay out and write one offline page.

Modules: `data` reads the store into plain nodes, edges and panel records; `select` picks a part;
`layout` places the nodes; `page` writes the HTML; `build` does it all in one call.
"""
