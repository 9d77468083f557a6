/**
 * Removes WebRTC from the App's document before any of the App's own script runs. Chromium's CSP
 * does not govern WebRTC: `new RTCPeerConnection({ iceServers: [{ urls: "turn:…", username: data }] })`
 * sends `data` to any host whatever `connect-src` says. Best effort, not a boundary: every
 * `RTC…` constructor (and the `webkit`/`moz` forms) is deleted from the window. A child frame of
 * the sandboxed App is another opaque origin, so the App cannot reach into its window; but a
 * `srcdoc` child runs script of its own (frame-src does not govern srcdoc) with a fresh window,
 * so each iframe's srcdoc gets this prelude first: when set through the property or setAttribute,
 * right after each DOM insertion method (innerHTML and the like), and for frames the parser
 * inserts or a srcdoc set another way from a MutationObserver (re-navigating the frame before its
 * document commits). A srcdoc is the prelude's own once it holds the value the prelude set. A path
 * the script does not hook (a new insertion API) would find WebRTC again.
 */
export const APP_PRELUDE = `<script>(${preludeSource()})()</script>`;

/**
 * The prelude's script: a function that, to hand itself on to a nested srcdoc, rebuilds its own
 * tag from its source (`f.toString()`, read before any App script could replace toString). No
 * `<!--` or `</script>` appears in it literally (either would change how the parser reads it).
 */
function preludeSource(): string {
  return `function f(){
var RTC=/^(?:webkit|moz)?RTC/,gd=Object.getOwnPropertyDescriptor,dp=Object.defineProperty,ours=new WeakMap();
var P="<"+"script>("+Function.prototype.toString.call(f)+")()<"+"/script>";
var names=Object.getOwnPropertyNames(window);for(var i=0;i<names.length;i++)if(RTC.test(names[i]))try{delete window[names[i]];if(names[i] in window)dp(window,names[i],{value:undefined})}catch(_){}
var IF=HTMLIFrameElement.prototype,sd=gd(IF,"srcdoc"),ga=Element.prototype.getAttribute,sa=Element.prototype.setAttribute,qa=Element.prototype.querySelectorAll;
function put(el,v){v=P+String(v);ours.set(el,v);sa.call(el,"srcdoc",v)}
dp(IF,"srcdoc",{get:sd.get,set:function(v){put(this,v)},configurable:true,enumerable:sd.enumerable});
Element.prototype.setAttribute=function(n,v){if(this instanceof HTMLIFrameElement&&String(n).toLowerCase()==="srcdoc")return put(this,v);return sa.apply(this,arguments)};
function fix(el){var v=ga.call(el,"srcdoc");if(v!==null&&ours.get(el)!==v)put(el,v)}
function scan(n){if(!n||n.nodeType!==1&&n.nodeType!==9&&n.nodeType!==11)return;if(n instanceof HTMLIFrameElement)fix(n);var r=n.nodeType===9?n.documentElement:n;if(!r)return;var l=qa.call(r,"iframe[srcdoc]");for(var i=0;i<l.length;i++)fix(l[i])}
function wrap(o,k,after){var d=o&&gd(o,k);if(!d)return;if(typeof d.value==="function"){var g=d.value;d.value=function(){var a=arguments;try{return g.apply(this,a)}finally{after(this,a)}}}else if(d.set){var s=d.set;d.set=function(v){try{s.call(this,v)}finally{after(this,[v])}}}else return;dp(o,k,d)}
function args(_,a){for(var i=0;i<a.length;i++)if(a[i]&&typeof a[i]==="object")scan(a[i])}
function self(t){scan(t&&t.parentNode||t)}
["appendChild","insertBefore","replaceChild"].forEach(function(k){wrap(Node.prototype,k,args)});
[Element,DocumentFragment,Document].forEach(function(C){["append","prepend","after","before","replaceWith","replaceChildren","insertAdjacentElement"].forEach(function(k){wrap(C.prototype,k,args)})});
[Element,ShadowRoot].forEach(function(C){["innerHTML","outerHTML","insertAdjacentHTML","setHTMLUnsafe"].forEach(function(k){wrap(C.prototype,k,self)})});
["write","writeln"].forEach(function(k){wrap(Document.prototype,k,function(t){scan(t)})});
wrap(Range.prototype,"insertNode",args);
new MutationObserver(function(rs){for(var i=0;i<rs.length;i++){if(rs[i].type==="attributes")fix(rs[i].target);for(var j=0;j<rs[i].addedNodes.length;j++)scan(rs[i].addedNodes[j])}}).observe(document,{childList:true,subtree:true,attributes:true,attributeFilter:["srcdoc"]});
}`;
}
