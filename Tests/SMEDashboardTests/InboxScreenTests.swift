import Foundation
import SMEModel
import TerminalUI
import Testing
@testable import SMEDashboard

/// The Import screen over a real inbox in a temporary data folder: batches listed, rows by
/// verdict, a duplicate decided and the batch accepted through the real runner.
@Suite struct InboxScreenTests {
    private func inboxFolder() throws -> (SOPEditTemporaryData, DataFolder, String) {
        let folder = try SOPEditTemporaryData()
        try FileManager.default.copyItem(atPath: SOPEditFixture.bundledRoot + "/registry", toPath: folder.root + "/registry")
        let data = DataFolder(root: folder.root)
        let registry = SOPEditFixture.registry
        let known = registry.businesses[0]
        let csv = """
        nama_usaha,kabupaten_kota,kategori_usaha
        Katering Sinar Garut,Kab. Garut,KULINER
        CV \(known.name),\(known.region),KULINER
        Bengkel,Kab. Garut,PERBENGKELAN
        """
        let (raw, _) = try ImportFileReader.csvRows(Array(csv.utf8), source: "kab.csv")
        let sheet = try ImportSheet(source: "kab.csv", rawRows: raw) { ImportColumns.isKnownHeader($0, mapping: .init()) }
        let rows = ImportReview.review(try ImportRowReader(registry: registry).read(sheet), registry: registry)
        let batch = try ImportInbox(folder: data).create(rows: rows, sources: [("kab.csv", Array(csv.utf8))], notes: [])
        return (folder, data, batch.id)
    }

    private func state(_ data: DataFolder) -> AppState {
        var state = SOPEditFixture.state(.inbox, root: data.root)
        state.data.imports = ImportEntry.all(in: data)
        return state
    }

    @Test func theInboxListsBatchesAndFiltersRowsByVerdict() throws {
        let (folder, data, id) = try inboxFolder()
        defer { withExtendedLifetime(folder) {} }
        var state = state(data)
        let lines = state.screenLines
        #expect(lines[0].contains("[6 Import]"))
        #expect(lines.contains { $0.contains(id.prefix(20)) })
        #expect(lines.contains { $0.contains("draft · new 1 · dup? 1 · bad 1") })
        _ = state.press(.char("v"), .char("v"), .char("v"))
        #expect(state.inbox.filter == .duplicate)
        #expect(state.scope(\.inbox).shownRows.map(\.row) == [3])
        #expect(state.screenLines.contains { $0.contains("DUPLICATE?") })
        // On the rows, a duplicate shows beside the registry business it may be.
        _ = state.press(.char("l"))
        let known = SOPEditFixture.registry.businesses[0]
        let twin = state.screenLines
        #expect(twin.contains { $0.contains("This row and the registry business") })
        #expect(twin.contains { $0.contains("ID") && $0.contains(known.id) })
        #expect(twin.contains { $0.contains("CV \(known.name)") })
    }

    @Test func aDuplicateIsDecidedAndTheBatchAcceptedThroughTheRunner() throws {
        let (folder, data, id) = try inboxFolder()
        defer { withExtendedLifetime(folder) {} }
        let before = try data.loadRegistry([.businesses]).businesses.count
        let runner = DashboardRunner(state: state(data), backend: RecordingBackend(size: Size(width: 100, height: 30)), performer: EffectPerformer())
        // Accepting with an undecided duplicate is refused on the screen itself.
        runner.dispatch(.key(.char("A")))
        #expect(runner.state.status?.text.en == "1 duplicate candidates are undecided (k keep, s skip)")
        for key in [Key.char("l"), .char("v"), .char("v"), .char("v"), .char("s")] { runner.dispatch(.key(key)) }
        #expect(runner.state.status?.text.en == "Row 3: skipped")
        #expect(runner.state.data.imports.first?.rows.first { $0.row == 3 }?.decision == .skip)
        runner.dispatch(.key(.char("A")))
        guard case .confirm(let question)? = runner.state.modals.last else {
            Issue.record("no accept question")
            return
        }
        #expect(question.question == .inbox(.accept(batch: id)))
        runner.dispatch(.key(.left))
        runner.dispatch(.key(.enter))
        #expect(runner.state.status?.kind == .success)
        #expect(runner.state.data.imports.first?.batch.state == .accepted)
        #expect(try data.loadRegistry([.businesses]).businesses.count == before + 1)
        // Decided once: A again only says so.
        runner.dispatch(.key(.char("A")))
        #expect(runner.state.status?.text.en == "Batch \(id) was already decided")
    }

    @Test func returningAsksForANoteAndWritesTheFile() throws {
        let (folder, data, id) = try inboxFolder()
        defer { withExtendedLifetime(folder) {} }
        let runner = DashboardRunner(state: state(data), backend: RecordingBackend(size: Size(width: 100, height: 30)), performer: EffectPerformer())
        runner.dispatch(.key(.char("R")))
        runner.dispatch(.key(.enter))
        #expect(runner.state.status?.text.en == "The note to the regency must not be empty")
        runner.dispatch(.key(.char("R")))
        for character in "Perbaiki sektor" { runner.dispatch(.key(.char(character))) }
        runner.dispatch(.key(.enter))
        #expect(runner.state.data.imports.first?.batch.state == .returned)
        #expect(FileManager.default.fileExists(atPath: data.path("imports/\(id)/returned-\(id).csv")))
    }

    /// A survey batch on the same screen: its answers listed as valid or invalid with the reason,
    /// accepted through the runner into the survey files.
    @Test func aSurveyBatchIsShownAndAccepted() throws {
        let folder = try SOPEditTemporaryData()
        try FileManager.default.copyItem(atPath: SOPEditFixture.bundledRoot + "/registry", toPath: folder.root + "/registry")
        try FileManager.default.copyItem(atPath: SOPEditFixture.bundledRoot + "/survey", toPath: folder.root + "/survey")
        let data = DataFolder(root: folder.root)
        let registry = try data.loadRegistry([.businesses, .survey])
        let known = registry.businesses[0]
        let csv = """
        id_usaha,online_sekarang,kanal
        \(known.id),ya,WA
        ,kadang,
        """
        let (raw, _) = try ImportFileReader.csvRows(Array(csv.utf8), source: "survei.csv")
        let reader = SurveyRowReader(registry: registry, mapping: .init(), wave: "2022-03")
        let sheet = try ImportSheet(source: "survei.csv", rawRows: raw) { SurveyColumns.isKnownHeader($0, mapping: reader.mapping) }
        let wave = SurveyWave(id: "2022-03", label: Localized(id: "Maret 2022", en: "March 2022"), startDate: "2022-03-01",
                              endDate: "2022-03-14", sampling: .optIn)
        let batch = try ImportInbox(folder: data).createSurvey(responses: reader.read(sheet, respondentPrefix: "R-", answered: []), wave: wave,
                                                               sources: [("survei.csv", Array(csv.utf8))], notes: [])
        let runner = DashboardRunner(state: state(data), backend: RecordingBackend(size: Size(width: 120, height: 30)), performer: EffectPerformer())
        let lines = runner.state.screenLines
        // A survey batch names its wave where a registry batch counts new rows and duplicates.
        #expect(lines.contains { $0.contains("draft · 2022-03 · ok 1 · bad 1") })
        #expect(lines.contains { $0.contains("VALID") && $0.contains(known.id) })
        #expect(lines.contains { $0.contains("INVALID") && $0.contains("the respondent is not li") })
        runner.dispatch(.key(.char("A")))
        guard case .confirm(let question)? = runner.state.modals.last else {
            Issue.record("no accept question")
            return
        }
        #expect(question.message.first?.en.hasPrefix("1 answers of wave 2022-03 go into survey/responses.csv") == true)
        runner.dispatch(.key(.left))
        runner.dispatch(.key(.enter))
        #expect(runner.state.data.imports.first { $0.batch.id == batch.id }?.batch.state == .accepted)
        #expect(try data.loadRegistry([.survey]).responses(inWave: "2022-03").map(\.businessID) == [known.id])
    }

    /// After a batch is accepted (and the dashboard started again, as it reads the registry at
    /// start), `I` on the Businesses screen shows just what that batch added or changed.
    @Test func theBusinessesScreenShowsWhatTheLastBatchChanged() throws {
        let (folder, data, id) = try inboxFolder()
        defer { withExtendedLifetime(folder) {} }
        let inbox = ImportInbox(folder: data)
        try inbox.decide(id, row: 3, .skip)
        try inbox.accept(id, by: "Rina")
        let applied = try #require(inbox.load(id).batch.applied)
        #expect(applied.count == 1)
        var state = SOPEditFixture.state(.businesses, root: data.root)
        state.data = DashboardData(folder: data, registry: try data.loadRegistry([.businesses]), library: state.data.library)
        state.data.imports = ImportEntry.all(in: data)
        state.businesses.recompute(state.data)
        _ = state.press(.char("I"))
        #expect(state.businesses.lastImportOnly)
        #expect(state.businesses.rows.map { state.data.registry.businesses.id(at: $0) } == applied)
        #expect(state.status?.text.en == "Batch \(id): 1 businesses added or changed (I again: all)")
        #expect(state.screenLines.contains { $0.contains("last import") && $0.contains("Filters:") })
        _ = state.press(.char("I"))
        #expect(state.businesses.rows.count == state.data.registry.businesses.count)
    }

    /// `m` on a duplicate offers the fields that differ, merges the ones confirmed, and accept
    /// copies only those onto the registry business.
    @Test func aDuplicateIsMergedFromTheScreen() throws {
        let (folder, data, id) = try inboxFolder()
        defer { withExtendedLifetime(folder) {} }
        let known = SOPEditFixture.registry.businesses[0]
        let runner = DashboardRunner(state: state(data), backend: RecordingBackend(size: Size(width: 100, height: 30)), performer: EffectPerformer())
        for key in [Key.char("l"), .char("v"), .char("v"), .char("v"), .char("m")] { runner.dispatch(.key(key)) }
        guard case .prompt(let prompt)? = runner.state.modals.last else {
            Issue.record("no merge prompt")
            return
        }
        #expect(prompt.question == .inbox(.mergeFields(batch: id, row: 3, into: known.id)))
        #expect(prompt.field.value.split(separator: ",").contains("name"), "\(prompt.field.value)")
        runner.dispatch(.key(.ctrl("u")))
        for character in "name" { runner.dispatch(.key(.char(character))) }
        runner.dispatch(.key(.enter))
        #expect(runner.state.status?.text.en == "Row 3: name will be copied onto \(known.id) when the batch is accepted")
        #expect(runner.state.screenLines.contains { $0.contains("MERGED") })
        runner.dispatch(.key(.char("A")))
        runner.dispatch(.key(.left))
        runner.dispatch(.key(.enter))
        let after = try data.loadRegistry([.businesses])
        #expect(after.business(known.id)?.name == "CV \(known.name)")
        #expect(after.business(known.id)?.owner == known.owner)
    }
}
