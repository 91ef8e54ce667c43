// The report's stylesheet: readable on screen and on paper, CJK fonts first.
export const REPORT_STYLE = `
body{font:15px/1.6 "PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:1em 1.5em;color:#1a1a1a}
h1{font-size:1.6em;margin:.2em 0}h2{border-bottom:2px solid #c33;padding-bottom:.2em;margin-top:2em}h3{margin-bottom:.3em}
.en{color:#666;font-size:.85em;margin-left:.3em}.muted{color:#666}.small{font-size:.85em}
.ok{color:#176d2c;font-weight:bold}.bad{color:#b00020;font-weight:bold}tr.bad{background:#fff0f0}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em}dt{font-weight:bold}dd{margin:0}
table{border-collapse:collapse;width:100%}td,th{border-top:1px solid #ddd;padding:.4em;text-align:left;vertical-align:top}
td img{max-width:160px;max-height:240px;border:1px solid #ccc}code{font-size:.8em;word-break:break-all}
.url{font-size:.8em;word-break:break-all;color:#0645ad}pre{white-space:pre-wrap;word-break:break-word}
pre.draft{background:#f6f6f6;border:1px solid #ddd;padding:.8em}
#recheck-result li.bad{font-weight:normal}
.head{border:2px solid #c33;background:#fff8e6;padding:.4em .9em;margin:.8em 0}.head code{font-size:.95em}
@media (max-width:600px){body{padding:.5em}td,th{padding:.25em;overflow-wrap:anywhere}td img{max-width:72px}dl{grid-template-columns:1fr}}
@media print{#chain input,#chain label,progress{display:none}a{color:inherit;text-decoration:none}}
`;
