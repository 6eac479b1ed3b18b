import Foundation

/// How a survey platform's export maps onto smedash's survey fields: header names per field,
/// answer texts per field, and optionally the wave's own description. The built-in mapping knows
/// the usual Indonesian and English names and answers; a JSON file (docs/survey.md) adds a
/// form's own question texts, such as a Google Form's full questions.
public struct SurveyImportMapping: Sendable, Equatable {
    public enum Field: String, CaseIterable, Sendable, Codable {
        case businessID, nib, sector, region, scale, onlineBefore, onlineNow, channels, revenueChange, status
        case reasonsNotOnline, assistance, reviewState

        /// Answers that may hold several choices.
        public var isMultiSelect: Bool { self == .channels || self == .reasonsNotOnline || self == .assistance }
    }

    /// The wave as the mapping file may describe it.
    public struct WaveInfo: Codable, Sendable, Equatable {
        public var labelId: String?
        public var labelEn: String?
        public var startDate: String?
        public var endDate: String?
        public var sampling: String?

        public init(labelId: String? = nil, labelEn: String? = nil, startDate: String? = nil, endDate: String? = nil, sampling: String? = nil) {
            self.labelId = labelId
            self.labelEn = labelEn
            self.startDate = startDate
            self.endDate = endDate
            self.sampling = sampling
        }
    }

    /// Header names by field, compared in `key` form.
    public var columns: [Field: [String]]
    /// Answer text (in `key` form) to the model's code, by field.
    public var answers: [Field: [String: String]]
    public var wave: WaveInfo?

    public init(columns: [Field: [String]] = [:], answers: [Field: [String: String]] = [:], wave: WaveInfo? = nil) {
        self.columns = columns
        self.answers = answers
        self.wave = wave
    }

    /// Lower-case letters and digits only: "Kanal penjualan daring?" → "kanalpenjualandaring",
    /// `usaha/online_now` → "usahaonlinenow"; spelling, spaces and punctuation do not matter.
    public static func key(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    public static let builtIn = SurveyImportMapping(columns: [
        .businessID: ["id usaha", "id_usaha", "business id", "businessID", "id umkm", "kode usaha"],
        .nib: ["nib", "nomor induk berusaha", "no nib"],
        .sector: ["sektor", "sector", "jenis usaha", "bidang usaha", "kategori usaha", "sektor usaha"],
        .region: ["kabupaten kota", "kabupaten/kota", "kab kota", "wilayah", "region", "kota kabupaten", "regency city", "domisili usaha"],
        .scale: ["skala", "skala usaha", "scale"],
        .onlineBefore: ["online sebelum", "daring sebelum", "online before", "sold online before", "online sebelum pandemi", "daring sebelum pandemi"],
        .onlineNow: ["online sekarang", "daring sekarang", "online now", "sells online", "berjualan daring", "jualan online", "online"],
        .channels: ["kanal", "kanal penjualan", "saluran penjualan", "channels", "sales channels", "platform penjualan", "kanal daring"],
        .revenueChange: ["perubahan omzet", "perubahan penjualan", "omzet", "revenue change", "sales change"],
        .status: ["status usaha", "kondisi usaha", "status", "operating status"],
        .reasonsNotOnline: ["alasan tidak daring", "alasan belum online", "alasan tidak online", "reasons not online"],
        .assistance: ["bantuan", "bantuan dibutuhkan", "kebutuhan bantuan", "assistance", "help needed"],
        .reviewState: ["ReviewState", "_validation_status"],
    ], answers: [
        .onlineBefore: yesNo, .onlineNow: yesNo,
        .channels: ["wa": "whatsapp", "waba": "whatsapp", "whatsappbusiness": "whatsapp", "ig": "instagram", "fb": "facebook",
                    "situsweb": "website", "situswebsendiri": "website", "web": "website", "tokoonlinesendiri": "website", "ownwebsite": "website"],
        .revenueChange: ["tidakadapenjualan": "no-sales", "turunlebihdari60": "down-60-plus", "turun60": "down-60-plus",
                         "turun3160": "down-31-60", "turun1030": "down-10-30", "tetap": "stable", "sama": "stable", "meningkat": "up"],
        .status: ["beroperasinormal": "normal", "buka": "normal", "tutupsementara": "paused", "tutup": "closed"],
    ])

    static let yesNo = ["ya": "yes", "y": "yes", "iya": "yes", "sudah": "yes", "1": "yes", "true": "yes", "benar": "yes",
                        "tidak": "no", "t": "no", "n": "no", "belum": "no", "0": "no", "false": "no", "salah": "no"]

    /// The built-in mapping with a file's entries added (a file's answer wins over a built-in one).
    public func adding(_ other: SurveyImportMapping) -> SurveyImportMapping {
        var out = self
        for (field, names) in other.columns { out.columns[field, default: []] = names + out.columns[field, default: []] }
        for (field, table) in other.answers {
            out.answers[field, default: [:]].merge(table.map { (Self.key($0.key), $0.value) }, uniquingKeysWith: { _, new in new })
        }
        out.wave = other.wave ?? wave
        return out
    }

    /// Reads a mapping file: `{"columns": {"onlineNow": ["…"]}, "answers": {"channels": {"…": "whatsapp"}}, "wave": {…}}`.
    public init(json: Data, source: String) throws(ImportError) {
        struct File: Decodable {
            var columns: [String: [String]]?
            var answers: [String: [String: String]]?
            var wave: WaveInfo?
        }
        let file: File
        do { file = try JSONDecoder().decode(File.self, from: json) } catch {
            throw ImportError(source: source, row: nil, column: nil, message: Localized(
                id: "berkas pemetaan survei tidak terbaca: \(error.localizedDescription)", en: "the survey mapping file cannot be read: \(error.localizedDescription)"))
        }
        func field(_ name: String) throws(ImportError) -> Field {
            guard let field = Field(rawValue: name) else {
                throw ImportError(source: source, row: nil, column: name, message: Localized(
                    id: "bidang \"\(name)\" tidak dikenal; yang ada: \(Field.allCases.map(\.rawValue).joined(separator: ", "))",
                    en: "unknown field \"\(name)\"; known: \(Field.allCases.map(\.rawValue).joined(separator: ", "))"))
            }
            return field
        }
        var columns: [Field: [String]] = [:]
        for (name, names) in file.columns ?? [:] { columns[try field(name)] = names }
        var answers: [Field: [String: String]] = [:]
        for (name, table) in file.answers ?? [:] { answers[try field(name)] = table }
        self.init(columns: columns, answers: answers, wave: file.wave)
    }
}
