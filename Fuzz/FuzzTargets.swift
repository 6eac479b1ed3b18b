import Foundation

/// What each fuzz target does with one input: everything the program does with a file of that
/// kind after reading it. A crash here is a crash of smedash on that file. The regression test
/// `FuzzRegressionTests` in Tests/SMEModelTests repeats these steps on every kept input.
enum FuzzTargets {
    /// CSV reader, table and every registry decoder (each refuses a table without its columns,
    /// so the seeds' headers decide which one gets deep).
    static func csv(_ bytes: [UInt8]) {
        guard let table = try? CSVTable(bytes: bytes, file: "fuzz.csv") else { return }
        let regions = (try? RegistryDecoder.regions(table)) ?? []
        let sectors = (try? RegistryDecoder.sectors(table)) ?? []
        let waves = (try? RegistryDecoder.waves(table)) ?? []
        let decoder = RegistryDecoder(
            sectorKeys: Set(sectors.map(\.key) + ["food", "salon"]), regionCodes: Set(regions.map(\.code) + ["3273"]))
        _ = try? decoder.businesses(table)
        _ = try? decoder.cooperatives(table)
        _ = try? decoder.responses(table, waveIDs: Set(waves.map(\.id) + ["2020-07"]))
    }

    /// Template decoding and validation, then what the dashboard does with a loaded template:
    /// fail every item on a visit, propose the corrective actions, score it, save and reload it.
    static func checklist(_ bytes: [UInt8]) {
        let data = Data(bytes)
        let stamp = FileStamp(device: 0, inode: 0, size: Int64(bytes.count), modifiedNanoseconds: 0, contentHash: 0)
        guard case .success(let (file, _)) = ChecklistLibrary.decodeTemplate(data, path: "fuzz.json", stamp: stamp) else {
            // Not a template: try it as an assessment of a small fixed template, and use it.
            let template = fixedTemplate.checklist
            if case .success(let (file, _)) = ChecklistLibrary.decodeAssessment(
                data, path: "fuzz.json", stamp: stamp, templates: [fixedTemplate])
            {
                _ = AssessmentScore(checklist: template, assessment: file.assessment)
                for item in template.items { _ = file.assessment.proposedAction(for: item) }
                _ = try? CanonicalJSON.encode(file.assessment)
            }
            return
        }
        let checklist = file.checklist
        var visit = Assessment.new(
            for: checklist, businessID: "UMK-3273-00001", assessor: Assessor(name: "Fuzz"), date: "2020-08-01", key: "asm-fuzz")
        for item in checklist.items {
            let failing: AnswerValue = switch item.type {
            case .yesNoNA: .no
            case .number: .number((item.failIf?.gt).map { $0 + 1 } ?? (item.failIf?.lt).map { $0 - 1 } ?? 0)
            case .text: .text("catatan")
            }
            visit = visit.answering(item.key, with: failing)
            if let action = visit.proposedAction(for: item) { visit = (try? visit.withAction(item.key, action)) ?? visit }
        }
        _ = AssessmentScore(checklist: checklist, assessment: visit)
        _ = AssessmentValidator.validate(visit, against: checklist)
        guard let saved = try? CanonicalJSON.encode(checklist) else { fatalError("a loaded template cannot be saved") }
        guard case .success(let (reloaded, _)) = ChecklistLibrary.decodeTemplate(saved, path: "fuzz.json", stamp: stamp),
            reloaded.checklist == checklist
        else { fatalError("a saved template does not load back the same") }
    }

    static let fixedTemplate = ChecklistFile(
        path: "sop/fixed.json",
        checklist: Checklist(
            key: "sop-salon", sector: "salon", revision: 2, status: .published, effectiveFrom: "2020-07-01",
            title: "SOP", titleEn: "SOP", legalBasis: [], passPercent: 80, keyPrefix: "sal",
            sections: [ChecklistSection(key: "a", title: "A", titleEn: "A", items: [
                ChecklistItem(key: "sal-001", text: "a", textEn: "a", required: true, critical: true, source: "",
                              onFail: FailAction(action: "x", actionEn: "x", dueDays: 7)),
                ChecklistItem(key: "sal-002", text: "b", textEn: "b", source: "", type: .number,
                              failIf: FailCondition(gt: 37.3), unit: "°C"),
                ChecklistItem(key: "sal-003", text: "c", textEn: "c", weight: 0, source: "", type: .text),
            ])]),
        stamp: FileStamp(device: 0, inode: 0, size: 0, modifiedNanoseconds: 0, contentHash: 0))
}
