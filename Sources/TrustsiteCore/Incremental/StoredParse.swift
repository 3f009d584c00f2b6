import TrustsiteMarkdown

/// One Markdown file as a build parsed it, kept in the build cache (`StoredParses`): its content
/// hash (it is used only while the file still has it), its front matter's text and line, and its
/// rendered body.
struct StoredParse: Sendable, Equatable {
    var hash: String
    var yamlLineOffset: Int
    var frontMatter: String
    var rendered: RenderedMarkdown
}
