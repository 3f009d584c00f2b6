import CCmarkGFM
import Foundation

/// The process-wide side of cmark-gfm: its extensions, registered once, and the one lock every
/// inline pass takes.
///
/// Why parses may run side by side, from cmark-gfm 0.29.0.gfm.6's source (Debian 12's
/// libcmark-gfm): the library's only mutable globals are
/// - `SPECIAL_CHARS` and `SKIP_CHARS` (src/inlines.c), the characters that stop the inline text scan
///   (`subject_find_special_char`) and that emphasis flanking skips over (`scan_delims`). Only
///   `cmark_manage_extensions_special_characters` writes them, and only `process_inlines` calls it:
///   at the start of every inline pass it adds the attached extensions' characters (strikethrough's
///   `~`, also to `SKIP_CHARS`; autolink's `:` and `w`) and at the end it clears them again, with no
///   count of who else needs them. `process_inlines` runs inside `cmark_parser_finish`
///   (`finalize_document`). Parser creation, `cmark_parser_attach_syntax_extension` (it only appends to
///   the parser's own lists), `cmark_parser_feed` (block parsing, tables, task lists, footnote and link
///   reference definitions: `cmark_parse_reference_inline` scans with `link_label` and
///   `manual_scan_link_url`, never the tables), `cmark_parser_free`, and rendering neither read nor
///   write them.
/// - the extension registry (`syntax_extensions`, src/registry.c) and the node type numbers that
///   registration hands out (`cmark_syntax_extension_add_node`): written once, by
///   `cmark_gfm_core_extensions_ensure_registered`, which `registered` runs through Swift's one-time
///   initialisation before any parse; after that `cmark_find_syntax_extension` only reads them.
/// - the arena allocator (src/arena.c), which is never used here: parsers take the default
///   calloc/realloc/free allocator.
///
/// So two inline passes must never overlap, since one finishing clears the characters the other is
/// still scanning for (it loses strikethrough and autolinks: ConcurrentRenderingTests); everything
/// else runs in parallel. Keeping the characters set for the whole process is not possible with the
/// system library: every pass clears its own extensions' characters on the way out, and emptying an
/// extension's list (`cmark_syntax_extension_set_special_inline_chars`) would also hide `~` from
/// `get_extension_for_special_char`, which strikethrough needs to close its delimiters.
///
/// What would break this: calling `cmark_parser_finish`, `cmark_parse_document` or
/// `cmark_markdown_to_html` anywhere without `inlinePassLock`, registering a plugin or extension while
/// parsing, or using the arena allocator (ConcurrentRenderingTests checks the call sites). Upstream's
/// fix is a table per parser, github/cmark-gfm pull request 176, not merged as of 0.29.0.gfm.6.
enum CmarkRegistration {
    /// Held around every `cmark_parser_finish`: the inline pass writes the process-wide tables.
    static let inlinePassLock = NSLock()

    /// The GitHub Flavored Markdown extensions every parser has.
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// Registers the core extensions the first time, before any parser looks them up.
    static func ensure() {
        _ = registered
    }
}
