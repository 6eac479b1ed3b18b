import SMEModel

/// The block an official signs: place and date, then one column per signatory.
public struct SignatureBlock: Hashable, Sendable {
    public var place: String
    public var date: ISODate
    public var signatories: [Signatory]

    public init(place: String, date: ISODate, signatories: [Signatory]) {
        self.place = place
        self.date = date
        self.signatories = signatories
    }
}

/// One person who signs: the phrase above ("Mengetahui,"), position, name and NIP.
public struct Signatory: Hashable, Sendable {
    public var role: String
    public var position: String
    public var name: String
    /// Civil-servant number (NIP); nil prints no NIP line.
    public var nip: String?

    public init(role: String, position: String, name: String, nip: String?) {
        self.role = role
        self.position = position
        self.name = name
        self.nip = nip
    }
}
