import SMEModel
import SMEReportRequest
import TerminalUI

/// The list a form field picks from: the picker opened by Enter and stepped by ←/→.
struct ExportChoices {
    var title: Localized
    var options: [Localized]
    var selection: Int
}

extension ScreenScope where State == ExportScreen {
    /// The choices of a list field; nil for the file and Export rows.
    func exportChoices(for field: ExportScreen.Field) -> ExportChoices? {
        let e = state
        let registry = data.registry
        switch field {
        case .report:
            let all = ExportScreen.reportKinds
            return ExportChoices(title: Localized(id: "Apa yang diekspor", en: "What to export"),
                                 options: all.map(\.choiceLabel), selection: all.firstIndex(of: e.report) ?? 0)
        case .sector:
            return ExportChoices(title: Localized(id: "Sektor", en: "Sector"),
                                 options: registry.sectors.map(\.name),
                                 selection: registry.sectors.firstIndex { $0.key == e.sector } ?? 0)
        case .assessment:
            let files = data.library.assessments
            return ExportChoices(title: Localized(id: "Penilaian", en: "Assessment"),
                                 options: files.map { exportAssessmentLabel($0.assessment) },
                                 selection: files.firstIndex { $0.assessment.key == e.assessment } ?? 0)
        case .region:
            let regions = registry.regions
            return ExportChoices(title: Localized(id: "Wilayah", en: "Region"),
                                 options: [Localized(id: "Semua wilayah", en: "All regions")]
                                    + regions.map { Localized(id: $0.displayName(.id), en: $0.displayName(.en)) },
                                 selection: regions.firstIndex { $0.code == e.region }.map { $0 + 1 } ?? 0)
        case .wave:
            let waves = registry.waves
            return ExportChoices(title: Localized(id: "Gelombang survei", en: "Survey wave"),
                                 options: waves.map(data.surveyWaveDescription), selection: waves.firstIndex { $0.id == e.wave } ?? 0)
        case .compare:
            let others = exportCompareChoices
            return ExportChoices(title: Localized(id: "Bandingkan dengan", en: "Compare with"),
                                 options: [Localized(id: "Tanpa pembanding", en: "No comparison")] + others.map(data.surveyWaveDescription),
                                 selection: others.firstIndex { $0.id == e.compare }.map { $0 + 1 } ?? 0)
        case .personalData:
            return ExportChoices(title: Localized(id: "Data pribadi", en: "Personal data"),
                                 options: [Self.exportMasked, Self.exportShown], selection: e.showsPersonalData ? 1 : 0)
        case .format:
            let all = ReportFormat.allCases
            return ExportChoices(title: Localized(id: "Format berkas", en: "File format"),
                                 options: all.map(\.choiceLabel), selection: all.firstIndex(of: e.format) ?? 0)
        case .csvProfile:
            let all = ReportCSVProfile.allCases
            return ExportChoices(title: Localized(id: "Profil CSV", en: "CSV profile"),
                                 options: all.map(\.choiceLabel), selection: all.firstIndex(of: e.csvProfile) ?? 0)
        case .paper:
            let all = PaperSize.allCases
            return ExportChoices(title: Localized(id: "Ukuran kertas", en: "Paper size"),
                                 options: all.map(\.choiceLabel), selection: all.firstIndex(of: e.paper) ?? 0)
        case .path, .run:
            return nil
        }
    }

    static let exportMasked = Localized(id: "Disamarkan (NIK, telepon)", en: "Masked (NIK, phone)")
    static let exportShown = Localized(id: "Ditampilkan lengkap", en: "Shown in full")

    /// "2020-08-02 · UMK-3273-00624 · Warung Bu Siti · Kuliner".
    func exportAssessmentLabel(_ assessment: Assessment) -> Localized {
        let registry = data.registry
        let business = registry.business(assessment.businessID)
        func label(_ language: Language) -> String {
            var parts = [assessment.date, assessment.businessID]
            if let business { parts += [business.name, registry.sectorName(business.sector, language)] }
            // Two visits on one day differ by assessor, and by file name when it is not the usual one.
            parts.append(assessment.assessor.name)
            if assessment.key != "\(assessment.date)-\(assessment.businessID.lowercased())" { parts.append(assessment.key) }
            return parts.joined(separator: " · ")
        }
        return Localized(id: label(.id), en: label(.en))
    }
}
