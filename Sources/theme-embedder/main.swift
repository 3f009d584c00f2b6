import Foundation

// Writes a Swift file holding every file of the default theme as a string literal.
// Arguments: THEME_DIRECTORY OUTPUT_FILE FILE...
let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: theme-embedder THEME_DIRECTORY OUTPUT_FILE FILE...\n".utf8))
    exit(2)
}
let root = URL(fileURLWithPath: arguments[1]).standardizedFileURL.path
let output = arguments[2]

/// A raw string literal whose delimiter cannot occur in the text.
func literal(_ text: String) -> String {
    var hashes = "#"
    while text.contains("\"" + hashes) || text.contains(hashes + "\"") { hashes += "#" }
    return hashes + "\"\"\"\n" + text + "\n\"\"\"" + hashes
}

var source = "// Generated from templates/ by theme-embedder. Do not edit.\n"
source += "extension DefaultTheme {\n    /// Theme files by path relative to `templates/`.\n"
source += "    public static let files: [String: String] = [\n"
for path in arguments.dropFirst(3).sorted() {
    let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
    guard absolute.hasPrefix(root + "/") else { continue }
    let relative = String(absolute.dropFirst(root.count + 1))
    guard let data = FileManager.default.contents(atPath: absolute),
        let text = String(data: data, encoding: .utf8)
    else {
        FileHandle.standardError.write(Data("theme-embedder: \(absolute) is not UTF-8 text\n".utf8))
        exit(1)
    }
    source += "        \(literal(relative)): \(literal(text)),\n"
}
source += "    ]\n}\n"
do {
    try Data(source.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
} catch {
    FileHandle.standardError.write(Data("theme-embedder: cannot write \(output): \(error)\n".utf8))
    exit(1)
}
