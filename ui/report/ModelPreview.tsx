/** A document model as the drafter will see it in Word: headings, paragraphs, lists and tables, placeholders marked. */
import type { Block, DocumentModel, Run } from "../../shared/report/documentModel";

const Runs = ({ runs }: { runs: readonly Run[] }) => (
  <>
    {runs.map((r, i) => {
      const style = { fontWeight: r.bold ? 600 : undefined, fontStyle: r.italic ? "italic" : undefined, background: r.placeholder ? "#fff4ce" : undefined, color: r.placeholder ? "#4a3b00" : undefined };
      return <span key={i} style={style}>{r.text}</span>;
    })}
  </>
);

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case "heading": {
      const H = block.level === 1 ? "h3" : block.level === 2 ? "h4" : "h5";
      return <H style={{ margin: "12px 0 4px" }}><Runs runs={block.runs} /></H>;
    }
    case "paragraph": return <p style={{ margin: "4px 0" }}><Runs runs={block.runs} /></p>;
    case "bullets": return <ul>{block.items.map((item, i) => <li key={i}><Runs runs={item} /></li>)}</ul>;
    case "table": return (
      <table style={{ borderCollapse: "collapse", fontSize: 12 }}>
        <thead><tr>{block.header.map((h, i) => <th key={i} style={{ border: "1px solid #999", padding: 2, textAlign: "start" }}>{h}</th>)}</tr></thead>
        <tbody>{block.rows.map((row, r) => <tr key={r}>{row.map((cell, c) => <td key={c} style={{ border: "1px solid #999", padding: 2, verticalAlign: "top" }}><Runs runs={cell} /></td>)}</tr>)}</tbody>
      </table>
    );
  }
}

export function ModelPreview({ model, label }: { model: DocumentModel; label: string }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} dir={model.dir} lang={model.lang} style={{ border: "1px solid #ccc", padding: 8, maxHeight: 360, overflow: "auto", fontFamily: "serif" }}>
      {model.sections.map((s) => (
        <article key={s.tag}>
          <h3 style={{ marginTop: 0 }}>{s.title}</h3>
          {s.blocks.map((b, i) => <BlockView key={i} block={b} />)}
        </article>
      ))}
    </div>
  );
}
