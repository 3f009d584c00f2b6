/// `RenderedMarkdown` in the build cache's binary form (see `ByteWriter`), so a later build takes a
/// page's rendered body from the cache instead of parsing its Markdown again.
extension RenderedMarkdown {
    public func write(to writer: inout ByteWriter) {
        writer.add(html)
        writer.add(plainText)
        writer.add(headings.count)
        for heading in headings {
            writer.add(heading.level)
            writer.add(heading.text)
            writer.add(heading.id)
            writer.add(heading.isExplicitID)
            heading.position.write(to: &writer)
        }
        writer.add(links.count)
        for link in links {
            writer.add(link.destination)
            writer.add(link.text)
            writer.add(link.isBareURL)
            link.position.write(to: &writer)
        }
        writer.add(images.count)
        for image in images {
            writer.add(image.source)
            writer.add(image.alternativeText)
            writer.add(image.title)
            image.position.write(to: &writer)
        }
        writer.add(rawHTML.count)
        for raw in rawHTML {
            writer.add(raw.html)
            raw.position.write(to: &writer)
        }
        writer.add(sections.count)
        for section in sections {
            writer.add(section.headingID)
            writer.add(section.level)
            writer.add(section.text)
        }
    }

    /// nil when the bytes are not a whole rendered document.
    public init?(from reader: inout ByteReader) {
        guard let html = reader.string(), let plainText = reader.string() else { return nil }
        self.init(html: html, headings: [], links: [], images: [], rawHTML: [], plainText: plainText)
        guard let headingCount = reader.count() else { return nil }
        for _ in 0..<headingCount {
            guard let level = reader.int(), let text = reader.string(), let id = reader.string(),
                let isExplicitID = reader.bool(), let position = SourcePosition(from: &reader)
            else { return nil }
            headings.append(
                MarkdownHeading(level: level, text: text, id: id, isExplicitID: isExplicitID, position: position))
        }
        guard let linkCount = reader.count() else { return nil }
        for _ in 0..<linkCount {
            guard let destination = reader.string(), let text = reader.string(), let isBareURL = reader.bool(),
                let position = SourcePosition(from: &reader)
            else { return nil }
            links.append(MarkdownLink(destination: destination, text: text, isBareURL: isBareURL, position: position))
        }
        guard let imageCount = reader.count() else { return nil }
        for _ in 0..<imageCount {
            guard let source = reader.string(), let alternativeText = reader.string(), let title = reader.string(),
                let position = SourcePosition(from: &reader)
            else { return nil }
            images.append(
                MarkdownImage(source: source, alternativeText: alternativeText, title: title, position: position))
        }
        guard let rawCount = reader.count() else { return nil }
        for _ in 0..<rawCount {
            guard let html = reader.string(), let position = SourcePosition(from: &reader) else { return nil }
            rawHTML.append(RawHTML(html: html, position: position))
        }
        guard let sectionCount = reader.count() else { return nil }
        for _ in 0..<sectionCount {
            guard let headingID = reader.string(), let level = reader.int(), let text = reader.string() else {
                return nil
            }
            sections.append(MarkdownSection(headingID: headingID, level: level, text: text))
        }
    }
}

extension SourcePosition {
    func write(to writer: inout ByteWriter) {
        writer.add(line)
        writer.add(column)
    }

    init?(from reader: inout ByteReader) {
        guard let line = reader.int(), let column = reader.int() else { return nil }
        self.init(line: line, column: column)
    }
}
