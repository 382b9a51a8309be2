"""`explain --format html`: one self-contained page, no network, for reading a model at leisure.

The page holds the collapsible scope tree (kind, dtype/shape, why-notes, series folded as in the
terminal), the source with line anchors (click a name: its line and every reuse site light up),
a search box, the graph (an SVG picture made by Graphviz, embedded as an image so that nothing in
it can run, or a plain list of edges), what the scenario printed, expectations and the error.

Every piece of scenario text is HTML-escaped; the one inline script is allowed by its hash in a
Content-Security-Policy that forbids everything else (no network, no other script, no frames).
"""

from __future__ import annotations

import base64
import hashlib
from html import escape

from scopecli.render.fold import Node, TreeOptions, differences, shape_tree
from scopecli.render.model import Explained, ExplainedGraph, ExplainedOp, ExplainedVariable

_STYLE = """
body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#222;background:#fff}
header{padding:12px 20px;background:#263238;color:#fff}header h1{font-size:18px;margin:0}
header p{margin:4px 0 0;color:#cfd8dc;white-space:pre-wrap}
main{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:16px;padding:12px 20px}
section{margin-bottom:16px}h2{font-size:15px;border-bottom:1px solid #ddd;margin:8px 0}
ul.tree,ul.tree ul{list-style:none;margin:0;padding-left:18px}ul.tree{padding-left:0}
summary{cursor:pointer}.scope{color:#1565c0;font-weight:600}.variable{color:#2e7d32;font-weight:600}
.kind{color:#00838f}.type{color:#8e24aa}.where{color:#888;font-size:12px}.count{font-weight:700}
.why{color:#9a6700;margin-left:14px;font-size:13px}.why::before{content:"why: "}
.name{background:none;border:0;padding:0;font:inherit;color:inherit;cursor:pointer;
text-decoration:underline dotted}
pre.source{background:#fafafa;border:1px solid #eee;padding:6px 0;overflow:auto;font-size:12.5px}
pre.source span{display:block;padding:0 8px}pre.source span::before{content:attr(data-n);display:inline-block;
width:3em;color:#aaa}pre.source span.hit{background:#fff59d}pre.source span.main{background:#ffcc80}
.hidden{display:none}.error{color:#b71c1c}.pass{color:#2e7d32}.fail{color:#b71c1c}
#search{width:100%;padding:4px;font:inherit;box-sizing:border-box}img.graph{max-width:100%}
"""

_SCRIPT = """
(function(){
  var lines=document.querySelectorAll('pre.source span');
  function show(ev){
    var el=ev.currentTarget, want=(el.getAttribute('data-lines')||'').split(' ');
    lines.forEach(function(l){l.classList.remove('hit');l.classList.remove('main');});
    want.forEach(function(n,i){var l=document.getElementById('L'+n);
      if(l){l.classList.add(i===0?'main':'hit'); if(i===0){l.scrollIntoView({block:'center'});}}});
    document.getElementById('picked').textContent=el.getAttribute('data-full')+' \\u2192 line'+
      (want.length>1?'s ':' ')+want.join(', ');
  }
  document.querySelectorAll('button.name').forEach(function(b){b.addEventListener('click',show);});
  var box=document.getElementById('search');
  box.addEventListener('input',function(){
    var q=box.value.toLowerCase(), shown=0;
    document.querySelectorAll('li[data-full]').forEach(function(li){
      var keep=!q||Array.prototype.some.call(li.querySelectorAll('[data-full]'),function(e){
        return e.getAttribute('data-full').toLowerCase().indexOf(q)>=0;});
      li.classList.toggle('hidden',!keep);
      if(keep&&q){shown++;var d=li.querySelector('details');if(d){d.open=true;}}
    });
    document.getElementById('matches').textContent=q?shown+' shown':'';
  });
  // Deep links: report.html#pick=scope/name shows that name's lines, #q=word searches.
  var h=decodeURIComponent(location.hash.slice(1));
  if(h.indexOf('pick=')===0){
    var b=document.querySelector('button.name[data-full="'+CSS.escape(h.slice(5))+'"]'); if(b){b.click();}
  } else if(h.indexOf('q=')===0){box.value=h.slice(2); box.dispatchEvent(new Event('input'));}
  document.body.setAttribute('data-ready', String(document.querySelectorAll('li[data-full]').length));
})();
"""


def html_report(explained: Explained, all_ops: bool = False, options: TreeOptions | None = None,
                graph_svg: bytes | None = None, graph_note: str = "") -> str:
    """The whole page. `graph_svg`: Graphviz's picture of the graph, if one could be made;
    `graph_note`: why not (shown instead)."""
    options = options or TreeOptions()
    script_hash = base64.b64encode(hashlib.sha256(_SCRIPT.encode("utf-8")).digest()).decode("ascii")
    policy = (f"default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
              f"script-src 'sha256-{script_hash}'; base-uri 'none'; form-action 'none'")
    parts = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             f'<meta http-equiv="Content-Security-Policy" content="{escape(policy)}">',
             f"<title>{escape(explained.title or explained.path)} · scopecli</title>",
             f"<style>{_STYLE}</style></head><body>",
             f"<header><h1>{escape(explained.title or explained.path)}</h1>"]
    if explained.about:
        parts.append(f"<p>{escape(explained.about.strip())}</p>")
    parts.append("</header><main><div>")
    parts.append('<input id="search" type="search" placeholder="search names…" aria-label="search names">'
                 '<div class="where" id="matches"></div>')
    for graph in explained.shown_graphs:
        parts.append(_graph_section(graph, all_ops, options))
    parts.append(_outcome(explained))
    parts.append('</div><div><section><h2>source</h2><div class="where" id="picked">'
                 "click a name to see its line</div>")
    parts.append(_source(explained.source))
    parts.append("</section><section><h2>graph</h2>")
    if graph_svg:
        data = base64.b64encode(graph_svg).decode("ascii")
        parts.append(f'<img class="graph" alt="the graph, drawn by Graphviz" '
                     f'src="data:image/svg+xml;base64,{data}">')
    else:
        parts.append(f'<p class="where">{escape(graph_note or "no picture")}</p>')
        parts.append(_edge_list(explained))
    parts.append(f"</section></div></main><script>{_SCRIPT}</script></body></html>\n")
    return "".join(parts)


def _graph_section(graph: ExplainedGraph, all_ops: bool, options: TreeOptions) -> str:
    root = shape_tree(graph, all_ops, TreeOptions(options.expand, options.depth or 64, options.only))
    head = f"{graph.label} · {len(graph.ops)} ops · {len(graph.variables)} variables"
    out = [f"<section><h2>{escape(head)}</h2><ul class=\"tree\">"]
    # Iterative: a tree as deep as the scenario's names costs no Python stack.
    stack: list[tuple[Node, str] | str] = [(c, c.segment) for c in reversed(root.children.values())]
    while stack:
        entry = stack.pop()
        if isinstance(entry, str):
            out.append(entry)
            continue
        node, full = entry
        out.append(_node_html(node, full))
        if node.children:
            stack.append("</ul></details></li>")
            stack.extend((child, f"{full}/{child.segment}") for child in reversed(node.children.values()))
        else:
            out.append("</li>")
    out.append("</ul></section>")
    return "".join(out)


def _node_html(node: Node, full: str) -> str:
    item, scope = node.item, node.scope
    sites = [item.site] if item is not None else []
    if isinstance(item, ExplainedVariable):
        sites += item.reused_at
    sites += [scope.site] if scope is not None else []
    sites += [s.site for s in node.also]
    # Each site's own line, then the calls that led there (a reuse inside a function is its call).
    lines = [n for site in sites for n in (site.line, *site.called_at) if n]
    css = "variable" if isinstance(item, ExplainedVariable) else ("scope" if item is None else "op")
    label = node.segment + ("/" if item is None else "")
    name = (f'<button class="name {css}" data-full="{escape(full)}" '
            f'data-lines="{" ".join(str(n) for n in dict.fromkeys(lines))}">{escape(label)}</button>')
    bits = [name]
    if node.members:
        bits.append(f' <span class="count">×{len(node.members)}</span>')
    if isinstance(item, ExplainedVariable):
        bits.append(f' <span class="kind">{escape(item.created_by)}</span> '
                    f'<span class="type">{escape(item.dtype)} {escape(item.shape)}</span>')
    elif isinstance(item, ExplainedOp):
        bits.append(f' <span class="kind">{escape(item.type)}</span>')
        if item.dtype is not None:
            bits.append(f' <span class="type">{escape(item.dtype)} {escape(item.shape or "")}</span>')
    calls = ([scope] if scope is not None else []) + node.also
    if calls and item is None:
        # A folded series shares the kind of its scopes; one member's call would name only it.
        said = " + ".join(c.kind if node.members else c.call for c in calls)
        bits.append(f' <span class="kind">{escape(said)}</span>')
    where = item.site.text() if item is not None else "; ".join(c.site.text() for c in calls)
    if where:
        bits.append(f' <span class="where">{escape(where)}</span>')
    notes = list(scope.notes) if scope is not None else []
    if item is not None:
        notes += item.notes
    if isinstance(item, ExplainedVariable):
        notes += [f"reused by get_variable at {s.text()}" for s in item.reused_at]
    if node.members:
        notes += [f"differs: {path} " + ", ".join(f"{t} ×{n}" for t, n in kinds[:4])
                  for path, kinds in differences(node).items()]
    if node.hidden:
        notes.append(f"{node.hidden} names below, cut by the depth")
    body = "".join(bits) + "".join(f'<div class="why">{escape(n)}</div>' for n in dict.fromkeys(notes))
    if node.children:
        return f'<li data-full="{escape(full)}"><details open><summary>{body}</summary><ul>'
    return f'<li data-full="{escape(full)}">{body}'


def _source(source: str) -> str:
    rows = [f'<span id="L{n}" data-n="{n}">{escape(text) or " "}</span>'
            for n, text in enumerate(source.split("\n"), start=1)]
    return '<pre class="source">' + "".join(rows) + "</pre>"


def _edge_list(explained: Explained) -> str:
    """Without Graphviz: each op and what it reads, as a list (bounded, for a big graph)."""
    out = ['<ul class="edges">']
    shown = 0
    for graph in explained.shown_graphs:
        for op in graph.public_ops:
            if shown == 400:
                out.append(f"<li>… and {len(graph.public_ops) - shown} more</li>")
                break
            reads = ", ".join(_short(name) for name in op.inputs) or "nothing"
            out.append(f"<li><code>{escape(_short(op.name))}</code> ← {escape(reads)}</li>")
            shown += 1
    out.append("</ul>")
    return "".join(out)


def _short(name: str, most: int = 240) -> str:
    """A name for the list: its two ends when very long (the tree above holds it whole)."""
    if len(name) <= most:
        return name
    keep = most // 2 - 10
    return f"{name[:keep]}…{len(name) - 2 * keep:,} characters…{name[-keep:]}"


def _outcome(explained: Explained) -> str:
    out = ["<section><h2>printed</h2>"]
    out.append(f"<pre>{escape(explained.stdout)}</pre>" if explained.stdout else "<p>(nothing)</p>")
    if explained.expectations:
        out.append("<h2>expectations</h2><ul>")
        for check in explained.expectations:
            mark, css = ("✓", "pass") if check.passed else ("✗", "fail")
            out.append(f'<li class="{css}">{mark} {escape(check.text)} = {escape(check.actual)} '
                       f'<span class="where">line {check.line}</span></li>')
        out.append("</ul>")
    error = explained.error
    if error is not None:
        where = f" at line {error.line}" if error.line else ""
        out.append(f'<h2 class="error">error</h2><p class="error">{escape(error.type)}{escape(where)}</p>'
                   f"<pre>{escape(error.message)}</pre>")
        for label, text in (("why", error.explanation), ("fix", error.fix)):
            if text:
                out.append(f"<p><b>{label}:</b> {escape(text)}</p>")
    for notice in explained.notices:
        out.append(f'<p class="where">note: {escape(notice)}</p>')
    out.append("</section>")
    return "".join(out)
