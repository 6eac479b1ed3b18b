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
    /// Civil-servant number (NIP); nil prints no NIP line (a business owner), empty a dotted
    /// line to fill in by hand.
    public var nip: String?
    /// Pangkat/golongan, printed between the name and the NIP; nil or empty prints nothing.
    public var rank: String?

    public init(role: String, position: String, name: String, nip: String?, rank: String? = nil) {
        self.role = role
        self.position = position
        self.name = name
        self.nip = nip
        self.rank = rank
    }

    /// "NIP 1970…", a dotted line when the NIP is still to be written, nil for no line.
    func nipLine(_ language: Language) -> String? {
        nip.map { "\(ReportLabel.nip(language)) \($0.isEmpty ? String(repeating: ".", count: 24) : $0)" }
    }

    /// The rank when there is one to print.
    var printedRank: String? { rank.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 } }
}
