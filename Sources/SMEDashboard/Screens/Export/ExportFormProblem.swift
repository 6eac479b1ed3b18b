import SMEModel

/// Why the Export form cannot produce a job yet.
public enum ExportFormProblem: Error, Equatable, Sendable, CustomStringConvertible {
    case noSector
    case noAssessment
    case noWave
    case noPath

    public var message: Localized {
        switch self {
        case .noSector: Localized(id: "Ekspor: pilih sektor dulu (data tidak memuat sektor ini).",
                                  en: "Export: choose a sector first (the data has no such sector).")
        case .noAssessment: Localized(id: "Ekspor: belum ada penilaian untuk diekspor; buat di layar Penilaian.",
                                      en: "Export: there is no assessment to export yet; make one on the Assess screen.")
        case .noWave: Localized(id: "Ekspor: data tidak memuat gelombang survei ini.",
                                en: "Export: the data has no such survey wave.")
        case .noPath: Localized(id: "Ekspor: isi nama berkas tujuan.", en: "Export: type the output file name.")
        }
    }

    public var description: String { message.en }
}
