import CQPDF

/// One qpdf handle over one document, freed when done. qpdf objects are independent, so
/// sessions on different threads do not interfere; one session is used by one thread only.
final class QPDFSession {
    private var handle: qpdf_data?
    /// The handle, never nil between init and deinit.
    private var data: qpdf_data? { handle }

    init() {
        handle = qpdf_init()
        // Errors and warnings are read by this class, never printed to the build's stderr.
        qpdf_silence_errors(handle)
        qpdf_set_suppress_warnings(handle, QPDF_TRUE)
    }

    deinit {
        qpdf_cleanup(&handle)
    }

    /// Parses a document held in memory; qpdf reads it lazily, so `buffer` must stay valid for
    /// the session's life. Returns the error, if any.
    func read(_ buffer: UnsafeRawBufferPointer, description: String) -> (code: qpdf_error_code_e, text: String)? {
        let status = qpdf_read_memory(
            data, description, buffer.baseAddress?.assumingMemoryBound(to: CChar.self), UInt64(buffer.count), nil)
        guard status & trustsite_qpdf_errors != 0 else { return nil }
        return lastError() ?? (qpdf_e_internal, "")
    }

    /// The error the most recent call left, if any.
    func lastError() -> (code: qpdf_error_code_e, text: String)? {
        guard qpdf_has_error(data) != QPDF_FALSE, let error = qpdf_get_error(data) else { return nil }
        return (qpdf_get_error_code(data, error), Self.string(qpdf_get_error_full_text(data, error)))
    }

    /// Every warning not yet collected, in the order qpdf gave them.
    func takeWarnings() -> [String] {
        var warnings: [String] = []
        while qpdf_more_warnings(data) != QPDF_FALSE {
            if let warning = qpdf_next_warning(data) {
                warnings.append(Self.string(qpdf_get_error_full_text(data, warning)))
            }
        }
        return warnings
    }

    /// Pages in the page tree, or nil if the tree could not be walked.
    var pageCount: Int? {
        let count = qpdf_get_num_pages(data)
        return count < 0 ? nil : Int(count)
    }

    var isEncrypted: Bool { qpdf_is_encrypted(data) != QPDF_FALSE }

    var root: qpdf_oh { qpdf_get_root(data) }
    var trailer: qpdf_oh { qpdf_get_trailer(data) }

    /// The value under `key` ("/Lang") when `object` is a dictionary that has it.
    func value(_ key: String, in object: qpdf_oh?) -> qpdf_oh? {
        guard let object, qpdf_oh_is_dictionary(data, object) != QPDF_FALSE,
            qpdf_oh_has_key(data, object, key) != QPDF_FALSE
        else { return nil }
        return qpdf_oh_get_key(data, object, key)
    }

    func isDictionary(_ object: qpdf_oh?) -> Bool {
        object.map { qpdf_oh_is_dictionary(data, $0) != QPDF_FALSE } ?? false
    }

    /// True only for a boolean `true`; anything else, or nothing, is false.
    func isTrue(_ object: qpdf_oh?) -> Bool {
        guard let object, qpdf_oh_is_bool(data, object) != QPDF_FALSE else { return false }
        return qpdf_oh_get_bool_value(data, object) != QPDF_FALSE
    }

    /// A PDF text string decoded to Swift (PDFDocEncoding or UTF-16 with a byte order mark);
    /// nil when the object is not a string.
    func text(_ object: qpdf_oh?) -> String? {
        guard let object, qpdf_oh_is_string(data, object) != QPDF_FALSE else { return nil }
        var length = 0
        guard let bytes = qpdf_oh_get_binary_utf8_value(data, object, &length) else { return nil }
        return String(decoding: UnsafeRawBufferPointer(start: bytes, count: length), as: UTF8.self)
    }

    private static func string(_ text: UnsafePointer<CChar>?) -> String {
        text.map { String(cString: $0) } ?? ""
    }
}

extension QPDFSession {
    /// Sets text entries of the document information dictionary, making one if there is none.
    func setInformation(_ entries: [String: String]) {
        var info = value("/Info", in: trailer)
        if info.map({ !isDictionary($0) }) ?? true {
            let made = qpdf_make_indirect_object(handle, qpdf_oh_new_dictionary(handle))
            qpdf_oh_replace_key(handle, trailer, "/Info", made)
            info = made
        }
        guard let info else { return }
        for (key, text) in entries.sorted(by: { $0.key < $1.key }) {
            qpdf_oh_replace_key(handle, info, key, qpdf_oh_new_unicode_string(handle, text))
        }
    }

    /// The whole document written to memory with an ID computed from its content (not random),
    /// or nil when qpdf could not write it.
    func writeDeterministically() -> [UInt8]? {
        guard qpdf_init_write_memory(handle) & trustsite_qpdf_errors == 0 else { return nil }
        qpdf_set_deterministic_ID(handle, QPDF_TRUE)
        guard qpdf_write(handle) & trustsite_qpdf_errors == 0, let bytes = qpdf_get_buffer(handle) else { return nil }
        return Array(UnsafeBufferPointer(start: bytes, count: qpdf_get_buffer_length(handle)))
    }
}
