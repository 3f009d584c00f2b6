/// A request the preview will not answer normally: the status to send and a sentence saying why,
/// sent as a short plain-text body. The connection is closed after it.
struct HTTPRefusal: Error, Equatable, Sendable {
    let status: Int
    let reason: String
    /// Headers the status calls for (426: the WebSocket version spoken).
    let fields: [HeaderField]

    init(_ status: Int, _ reason: String, fields: [HeaderField] = []) {
        self.status = status
        self.reason = reason
        self.fields = fields
    }

    var response: PreviewResponse {
        var response = PreviewResponse.text(
            status: status, "\(status) \(PreviewResponse.phrase(for: status)): \(reason)\n")
        response.fields += fields
        return response
    }
}
