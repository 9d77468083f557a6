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
export declare const APP_PRELUDE: string;
