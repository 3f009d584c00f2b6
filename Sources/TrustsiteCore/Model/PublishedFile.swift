/// A file published as it is, beside the pages: an image, a PDF or a spreadsheet under `content/`
/// (any file that is not Markdown or YAML), or anything under `static/`.
///
/// `SiteContent.files` lists them, sorted by address, once collisions are refused: what later
/// stages (link checks, image processing, attachment link text) look files up in.
public struct PublishedFile: Sendable, Hashable {
    /// The site-relative path it is read from: `content/pages/about/team.jpg`, `static/favicon.ico`.
    public var source: String
    /// The address it is published at: `/about/team.jpg`, `/favicon.ico`.
    public var url: String
    /// Its size in bytes, when it was listed.
    public var size: Int

    /// Whether it comes from `static/`: such files (favicons, verification files) need no link to them.
    public var isStatic: Bool { source.hasPrefix(FilesLoader.staticFolder + "/") }

    /// Where it is written in the output: `about/team.jpg`.
    public var outputPath: String { String(url.dropFirst()) }
}
