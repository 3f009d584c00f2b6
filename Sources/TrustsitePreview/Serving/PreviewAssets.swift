import TrustsiteCore
import TrustsiteEscaping

/// The preview's own script, stylesheet and rules page, served under `/__trustsite/`.
enum PreviewAssets {
    /// Reloads the page when the site is rebuilt; reconnects if the preview restarts.
    static let liveScript = """
        (function () {
          "use strict";
          var overlay = document.querySelector(".ts-overlay");
          if (overlay) { overlay.focus(); }
          var delay = 250;
          function connect() {
            var socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/__trustsite/live");
            socket.onopen = function () { delay = 250; };
            socket.onmessage = function (event) {
              if (String(event.data).indexOf("reload") === 0) { location.reload(); }
            };
            socket.onclose = function () {
              setTimeout(connect, delay);
              delay = Math.min(delay * 2, 4000);
            };
          }
          connect();
        })();
        """

    static let stylesheet = """
        .ts-panel { border-top: 4px solid #0b0c0c; background: #fff; color: #0b0c0c; padding: 1rem; font: 16px/1.5 system-ui, sans-serif; }
        .ts-panel summary { cursor: pointer; font-weight: bold; padding: 0.5rem 0; }
        .ts-panel summary:focus-visible, .ts-panel a:focus-visible { outline: 3px solid #0b0c0c; outline-offset: 2px; background: #ffbf47; }
        .ts-panel h2 { font-size: 1.1rem; margin: 1rem 0 0.5rem; }
        .ts-panel code { background: #f3f2f1; padding: 0 0.2em; overflow-wrap: anywhere; }
        .ts-overlay { position: fixed; inset: 0; background: rgba(11, 12, 12, 0.85); z-index: 1000; overflow: auto; padding: 2rem 1rem; }
        .ts-overlay:focus { outline: 4px solid #ffbf47; outline-offset: -4px; }
        .ts-overlay__box { background: #fff; color: #0b0c0c; max-width: 50rem; margin: 0 auto; padding: 1.5rem; border-left: 8px solid #b10e1e; font: 16px/1.5 system-ui, sans-serif; }
        .ts-overlay__box pre { white-space: pre-wrap; background: #f3f2f1; padding: 0.5rem; }
        .ts-overlay__box code { overflow-wrap: anywhere; }
        @media (prefers-reduced-motion: reduce) { * { scroll-behavior: auto !important; } }
        """

    /// Every rule with its requirement and source, linked from the report panel.
    static func rulesPage() -> String {
        var html =
            "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<title>The publication rules – trustsite preview</title>\n"
            + "<style>body{font:17px/1.5 system-ui,sans-serif;max-width:48rem;margin:0 auto;padding:1rem;color:#0b0c0c}"
            + "dt{font-weight:bold;margin-top:1.5rem}:target{background:#fff7bf}a:focus{outline:3px solid #0b0c0c;background:#ffbf47}</style>\n"
            + "</head>\n<body>\n<main>\n<h1>The publication rules</h1>\n"
            + "<p>Errors are duties: a site with an error is not published. Warnings are good practice.</p>\n<dl>\n"
        for rule in RuleCatalogue.all {
            let levels = [Edition.y2010, .y2008].map { rule.level(in: $0)?.rawValue ?? "does not apply" }
            html += "<dt id=\"\(HTMLEscaping.escape(rule.id))\">\(HTMLEscaping.escape(rule.id))</dt>\n"
            html +=
                "<dd><p>\(HTMLEscaping.escape(rule.requirement))</p><p>Level: \(levels[0]) (2010 rules), \(levels[1]) (2008 rules). "
                + "Source: \(HTMLEscaping.escape(rule.citation)).</p></dd>\n"
        }
        return html + "</dl>\n</main>\n</body>\n</html>\n"
    }
}
