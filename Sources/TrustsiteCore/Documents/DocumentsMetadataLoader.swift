/// Reads every `documents.yml` under `content/`: in its folder, a mapping from a file name to
/// that document's facts (`published:`, `title:`, `accessible:`). It is content, never published
/// (`FilesLoader` publishes no `.yml`).
struct DocumentsMetadataLoader {
    static let fileName = "documents.yml"
    let context: LoadContext

    /// Each named document's metadata, by the site-relative path of the file it names;
    /// `listed` is the listing of `content/` already made.
    func load(listed: [String]) -> [String: DocumentMetadata] {
        var result: [String: DocumentMetadata] = [:]
        for path in listed where path.split(separator: "/").last.map(String.init) == Self.fileName {
            let folder = String(path.dropLast(Self.fileName.count + 1))
            let siblings = listed.filter { $0.hasPrefix(folder + "/") && !$0.dropFirst(folder.count + 1).contains("/") }
                .map { String($0.dropFirst(folder.count + 1)) }
                .filter {
                    $0 != Self.fileName && !FilesLoader.contentExtensions.contains(where: $0.lowercased().hasSuffix)
                }
            let map = DocumentLoader(context: context).loadData(
                path, expected: "facts about the documents in \(folder)/, such as when each was published.")
            for (name, value) in map.entries {
                let location = map.keyLocation(name)
                guard siblings.contains(name) else {
                    reportUnknown(name, at: location, folder: folder, siblings: siblings)
                    continue
                }
                guard let entry = value.mapping() else { continue }
                defer { entry.reportUnknownKeys() }
                let metadata = DocumentMetadata(
                    published: entry.day("published"), title: entry.string("title"),
                    accessible: entry.bool("accessible"), location: location)
                result[folder + "/" + name] = metadata
            }
        }
        return result
    }

    private func reportUnknown(_ name: String, at location: SourceLocation, folder: String, siblings: [String]) {
        let hint =
            if let suggestion = KeySuggester.suggestion(for: name, among: siblings) {
                "Did you mean '\(suggestion)'? Each key is the name of a file in \(folder)/, as it is written there."
            } else if siblings.isEmpty {
                "There are no documents in \(folder)/: put documents.yml in the folder the documents are in."
            } else {
                "Files in \(folder)/: \(siblings.sorted().joined(separator: ", "))."
            }
        context.log.error(
            location, "documents.yml names '\(name)', but there is no such file in \(folder)/.", hint: hint)
    }
}
