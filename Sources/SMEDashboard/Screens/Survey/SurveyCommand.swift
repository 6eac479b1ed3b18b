import SMEModel

/// Commands of the Survey screen.
public enum SurveyCommand: String, CaseIterable, Hashable, Sendable {
    case pickWave = "pick-wave"
    case pickBreakdown = "pick-breakdown"
    case nextBreakdown = "next-breakdown"
    case compareWave = "compare-wave"
    case cycleWeighting = "cycle-weighting"
    case frequency = "response-frequency"
    case exportView = "export-response-frequency"

    public var help: Localized {
        switch self {
        case .pickWave: Localized(id: "Pilih gelombang survei", en: "Pick the survey wave")
        case .pickBreakdown: Localized(id: "Pilih rincian (sektor, wilayah, kanal, ...)", en: "Pick the breakdown (sector, region, channel, ...)")
        case .nextBreakdown: Localized(id: "Rincian berikutnya", en: "Next breakdown")
        case .compareWave: Localized(id: "Bandingkan dengan gelombang lain", en: "Compare with another wave")
        case .frequency: Localized(id: "Tabel frekuensi jawaban gelombang ini menurut kolom; lagi: pivot", en: "Frequency table of this wave's responses by a column; again: pivot")
        case .exportView: Localized(id: "Ekspor tabel frekuensi jawaban (XLSX, CSV, …)", en: "Export the response frequency table (XLSX, CSV, …)")
        case .cycleWeighting: Localized(id: "Angka tertimbang: sektor × wilayah, sektor × skala, jumlah resmi, tanpa bobot",
                                        en: "Weighted figures: sector × region, sector × size, official counts, unweighted")
        }
    }
}
