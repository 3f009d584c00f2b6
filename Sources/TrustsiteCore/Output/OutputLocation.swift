import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The folder a build publishes: the output itself or, when the output is a symbolic link
/// (`site -> /var/www/html`), the folder the link leads to. A build swaps that folder, with its
/// staging folder, spare site and lock beside it (in `/var/www/`), and leaves the link alone: a
/// swap of the link itself would put a real folder in its place and never change the web root.
struct OutputLocation: Sendable {
    /// The folder that is swapped.
    let published: URL
    /// The symbolic link the output was given as, if it was one.
    let link: URL?

    init(output: URL) throws(OutputError) {
        let output = output.standardizedFileURL
        var info = stat()
        guard lstat(output.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else {
            published = output
            link = nil
            return
        }
        let destination = (try? FileManager.default.destinationOfSymbolicLink(atPath: output.path)) ?? "?"
        guard let target = SitePaths.realPath(output.path) else {
            let code = errno
            let why =
                code == ENOENT
                ? "which does not exist" : "which cannot be followed (\(String(cString: strerror(code))))"
            throw .unusableLink(
                link: output.path, target: destination, reason: "\(why), so there is no folder to publish into",
                hint: "Create the folder it leads to (empty) and build again, or build into a folder of your "
                    + "own with --output DIR.")
        }
        var targetInfo = stat()
        guard stat(target, &targetInfo) == 0, (targetInfo.st_mode & S_IFMT) == S_IFDIR else {
            throw .unusableLink(
                link: output.path, target: target, reason: "which is not a folder",
                hint: "Point the link at a folder, or choose another folder with --output DIR.")
        }
        let targetURL = URL(fileURLWithPath: target)
        let parent = targetURL.deletingLastPathComponent().path
        // The new site is staged beside the target and swapped with it: that needs its parent.
        guard target != "/", access(parent, W_OK) == 0 else {
            throw .unusableLink(
                link: output.path, target: target,
                reason: "whose parent folder \(parent) trustsite cannot write to; a build stages the new "
                    + "site beside the folder and swaps the two, so the web root changes at once or not at all",
                hint: "Let this user write to \(parent), or build with --output DIR into a folder of your own "
                    + "and copy it to \(target).")
        }
        published = targetURL
        link = output
    }
}
