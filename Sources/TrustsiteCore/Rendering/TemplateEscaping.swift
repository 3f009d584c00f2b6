import Mustache
import TrustsiteEscaping

/// Makes every `{{value}}` in a template go through trustsite's escaper instead of swift-mustache's.
///
/// swift-mustache escapes by `Character` (String.htmlEscape in 2.1.1), so a quote followed by a
/// combining mark, or a `<` preceded by a prepended mark such as U+0600, is written raw and breaks
/// out of an attribute or into markup. Its default content type is fixed inside the library, and
/// each partial starts again from that default; a `CONTENT_TYPE` pragma at the top of every
/// template, partials included, is the one seam it offers. The same escaper is registered under the
/// library's own name "HTML", so a theme that writes `{{% CONTENT_TYPE: HTML}}` still gets it.
enum TemplateEscaping {
    static let contentTypeName = "TRUSTSITE_HTML"

    /// The first line of every compiled template (standalone, so it adds no output).
    static var pragma: String {
        _ = registration
        return "{{% CONTENT_TYPE: \(contentTypeName)}}\n"
    }

    private static let registration: Void = {
        MustacheContentTypes.register(ScalarSafeHTML(), named: contentTypeName)
        MustacheContentTypes.register(ScalarSafeHTML(), named: "HTML")
    }()

    struct ScalarSafeHTML: MustacheContentType {
        func escapeText(_ text: String) -> String { HTMLEscaping.escape(text) }
    }
}
