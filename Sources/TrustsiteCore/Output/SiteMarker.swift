import Foundation

/// The file every output trustsite writes holds (`.trustsite-output`): trustsite only replaces a
/// folder that has it, and it names the build that wrote the folder, so the "up to date" shortcut
/// trusts only a published site that is the last build's own (another build's swap, a restored
/// backup or an older trustsite may have put a different site there). The id is derived from the
/// inputs alone (`BuildID`), so the marker, like every other file, is the same for the same input.
enum SiteMarker {
    static let name = ".trustsite-output"

    private static let notice = "This folder is written by trustsite and replaced on every build.\n"
    private static let buildPrefix = "build "

    /// The marker's text; without an id (a writer used on its own), only the notice.
    static func text(buildID: String?) -> String {
        notice + (buildID.map { buildPrefix + $0 + "\n" } ?? "")
    }

    /// The build id the marker in `folder` carries, or nil if it has none or cannot be read.
    static func buildID(in folder: URL) -> String? {
        let path = folder.appending(path: name).path
        // Only a regular file: the marker of a site trustsite wrote is never a link or a pipe.
        guard FileStamp(path: path)?.isRegular == true, let data = FileManager.default.contents(atPath: path)
        else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        for line in text.split(separator: "\n") where line.hasPrefix(buildPrefix) {
            return String(line.dropFirst(buildPrefix.count))
        }
        return nil
    }
}
