// swift-tools-version:6.2
import PackageDescription

let package = Package(
    name: "trustsite",
    platforms: [.macOS(.v13)],
    products: [
        // libFuzzer target over the loaders and Markdown rendering; built and run by `make fuzz`.
        .executable(name: "trustsite-fuzz", targets: ["trustsite-fuzz"]),
        .executable(name: "trustsite", targets: ["trustsite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // The system cmark-gfm library (Debian: libcmark-gfm-dev, libcmark-gfm-extensions-dev).
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [
                .apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]),
                .brew(["cmark-gfm"]),
            ]
        ),
        // The system libvips (Debian: libvips-dev): image size, metadata stripping, resizing, WebP.
        .systemLibrary(
            name: "CVips",
            pkgConfig: "vips",
            providers: [.apt(["libvips-dev"]), .brew(["vips"])]
        ),
        // The system qpdf C API (Debian: libqpdf-dev): reads a PDF's catalogue for the documents rule.
        .systemLibrary(
            name: "CQPDF",
            pkgConfig: "libqpdf",
            providers: [.apt(["libqpdf-dev"]), .brew(["qpdf"])]
        ),
        // The only module that touches libvips; its API has no C types.
        .target(name: "TrustsiteImages", dependencies: ["CVips"]),
        // The only module that touches qpdf; its API has no C types.
        .target(name: "TrustsiteDocuments", dependencies: ["CQPDF"]),
        // HTML and XML escaping by UTF-8 byte, shared by the Markdown renderer, the build and the preview.
        .target(name: "TrustsiteEscaping"),
        // The only module that touches cmark-gfm; its API has no C types.
        .target(name: "TrustsiteMarkdown", dependencies: ["CCmarkGFM", "TrustsiteEscaping"]),
        // Generates Swift source holding the default theme, so the binary needs no files beside it.
        .executableTarget(name: "theme-embedder"),
        .plugin(
            name: "EmbedTheme",
            capability: .buildTool(),
            dependencies: ["theme-embedder"]
        ),
        .target(name: "TrustsiteTheme", plugins: ["EmbedTheme"]),
        // renameat2(RENAME_EXCHANGE), which Swift cannot call: swaps the new site into place atomically.
        .target(name: "CRenameExchange"),
        .target(
            name: "TrustsiteCore",
            dependencies: [
                "TrustsiteMarkdown",
                "TrustsiteEscaping",
                "TrustsiteTheme",
                "TrustsiteDocuments",
                "CRenameExchange",
                "TrustsiteImages",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // The local preview: serves an in-memory build, watches files, reloads open pages. Its HTTP
        // and WebSocket handling is its own, on FlyingSocks' non-blocking sockets (README: Reliability).
        .target(
            name: "TrustsitePreview",
            dependencies: [
                "TrustsiteCore",
                "TrustsiteEscaping",
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        .executableTarget(
            name: "trustsite",
            dependencies: [
                "TrustsiteCore",
                "TrustsitePreview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Without -D FUZZING a stub; `make fuzz` builds it with -sanitize=fuzzer,address (README: Reliability).
        .executableTarget(name: "trustsite-fuzz", dependencies: ["TrustsiteCore", "TrustsiteMarkdown"]),
        .testTarget(name: "TrustsiteMarkdownTests", dependencies: ["TrustsiteMarkdown", "TrustsiteEscaping"]),
        .testTarget(name: "TrustsiteImagesTests", dependencies: ["TrustsiteImages"]),
        .testTarget(name: "TrustsiteDocumentsTests", dependencies: ["TrustsiteDocuments"]),
        .testTarget(name: "TrustsiteCoreTests", dependencies: ["TrustsiteCore"]),
        .testTarget(name: "TrustsitePreviewTests", dependencies: ["TrustsitePreview", "TrustsiteCore"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TrustsiteCore"]),
    ],
    swiftLanguageModes: [.v6]
)

// The project's own Swift targets build with warnings as errors (dependencies keep their own
// settings): a warning is either fixed or the code says why it is not one.
for target in package.targets
where [.regular, .executable, .test].contains(target.type) && !target.name.hasPrefix("C") {
    target.swiftSettings = (target.swiftSettings ?? []) + [.treatAllWarnings(as: .error)]
}
