import Foundation
import SMEModel
import SMEReportRequest

/// Performs the disk work `update` asks for and reports the result as an action. The only code
/// in the dashboard that reads or writes files.
public struct EffectPerformer: Sendable {
    /// Renders an export to bytes; supplied by the executable, which links the report module.
    public var exporter: @Sendable (ReportRequest, DashboardData) throws -> Data
    /// Writes the workbook a returned batch goes back in; nil returns CSV only.
    public var returnWorkbook: ImportInbox.ReturnWorkbook?
    /// The shared store the data folder is a working copy of (`--store postgres://…`); documents
    /// are saved there first. Nil for a plain data folder.
    public var sync: (any DocumentSync)?
    /// Who saves, for the shared store's audit log.
    public var official: String

    public init(exporter: @escaping @Sendable (ReportRequest, DashboardData) throws -> Data = { _, _ in
        throw CLIExportUnavailable()
    }, returnWorkbook: ImportInbox.ReturnWorkbook? = nil, sync: (any DocumentSync)? = nil, official: String = "") {
        self.exporter = exporter
        self.returnWorkbook = returnWorkbook
        self.sync = sync
        self.official = official
    }

    public func perform(_ effect: Effect, data: DashboardData) -> Action? {
        switch effect {
        case .saveChecklist(let path, let checklist, let stamp, let archiving):
            if let archiving {
                do { try archive(archiving, replacing: path, within: data.folder.root) } catch {
                    return .checklists(.saveFailed(failure(error, path: path)))
                }
            }
            return save(checklist, to: path, expecting: stamp, within: data.folder.root,
                        failed: { .checklists(.saveFailed($0)) }) {
                .checklists(.saved(ChecklistFile(path: path, checklist: checklist, stamp: $0)))
            }
        case .saveAssessment(let path, let assessment, let stamp):
            return save(assessment, to: path, expecting: stamp, within: data.folder.root,
                        failed: { .assess(.saveFailed($0)) }) {
                .assess(.saved(AssessmentFile(path: path, assessment: assessment, stamp: $0)))
            }
        case .reloadChecklist(let path):
            if let sync {
                do { try sync.refresh(path) } catch {
                    return .checklists(.reloadFailed(path: path, message: error.message))
                }
            }
            switch ChecklistLibrary.loadTemplate(path) {
            case .success(let (file, _)): return .checklists(.reloaded(file))
            case .failure(let problems):
                let text = problems.list.map { $0.description(.en) }.joined(separator: "; ")
                let textID = problems.list.map { $0.description(.id) }.joined(separator: "; ")
                return .checklists(.reloadFailed(path: path, message: Localized(id: textID, en: text)))
            }
        case .export(let request, let path, let replacing):
            if !replacing, FileManager.default.fileExists(atPath: path) {
                return .export(.targetExists(request, path: path))
            }
            do {
                let bytes = try exporter(request, data)
                let folder = SafePath.split(path).folder
                if folder != "." {
                    // The default `exports/` folder does not exist on a fresh checkout.
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                }
                let stamp = replacing ? (try? SafeFile.read(path))?.1 : nil
                try SafeFile.write(bytes, to: path, expecting: stamp, keepHistory: false)
                // The whole path, so the official can find the file from any folder.
                return .export(.exported(path: URL(fileURLWithPath: path).standardizedFileURL.path, bytes: bytes.count))
            } catch let error as SafeFileError {
                return .export(.failed(Localized(id: error.description(.id), en: error.description(.en))))
            } catch {
                return .export(.failed(Localized(String(describing: error))))
            }
        case .openFile(let path):
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["xdg-open", path]
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            do { try process.run() } catch {
                return .export(.failed(Localized(id: "xdg-open tidak dapat dijalankan", en: "xdg-open could not be started")))
            }
            return nil
        case .compareRecovered(let copy):
            do { return .recoveredDifferences(copy, lines: try copy.differences()) } catch {
                return .recoveryDone(RecoveryOutcome(message: Localized(id: error.description(.id), en: error.description(.en)), isError: true))
            }
        case .keepRecovered(let copy):
            return keep(copy, data: data)
        case .discardRecovered(let copy):
            do {
                let aside = try copy.putAside()
                return .recoveryDone(RecoveryOutcome(message: Localized(
                    id: "Salinan dibuang ke \(aside) (tidak dihapus)", en: "The copy was put aside in \(aside) (not deleted)")))
            } catch {
                return .recoveryDone(RecoveryOutcome(message: Localized(id: error.description(.id), en: error.description(.en)), isError: true))
            }
        case .decideImport(let batch, let row, let decision):
            return inbox(data) { inbox throws(ImportInboxError) in
                try inbox.decide(batch, row: row, decision)
                return Localized(id: "Baris \(row): \(decision == .keep ? "disimpan sebagai usaha baru" : "dilewati")",
                                 en: "Row \(row): \(decision == .keep ? "kept as a new business" : "skipped")")
            }
        case .mergeImport(let batch, let row, let target, let fields):
            return inbox(data) { inbox throws(ImportInboxError) in
                try inbox.merge(batch, row: row, into: target, fields: fields)
                return Localized(id: "Baris \(row): \(fields.joined(separator: ", ")) akan disalin ke \(target) saat batch diterima",
                                 en: "Row \(row): \(fields.joined(separator: ", ")) will be copied onto \(target) when the batch is accepted")
            }
        case .acceptImport(let batch, let official):
            return inbox(data, changingRegistry: true) { inbox throws(ImportInboxError) in
                let counts = try inbox.accept(batch, by: official)
                return Localized(id: "Batch diterima: \(counts.new) usaha baru, \(counts.updates) diperbarui",
                                 en: "Batch accepted: \(counts.new) new businesses, \(counts.updates) updated")
            }
        case .returnImport(let batch, let note, let official):
            return inbox(data) { inbox throws(ImportInboxError) in
                let path = try inbox.giveBack(batch, note: note, by: official, workbook: returnWorkbook)
                return Localized(id: "Dikembalikan; baris yang perlu diperbaiki ada di \(data.displayPath(path))",
                                 en: "Returned; the rows to fix are in \(data.displayPath(path))")
            }
        case .loadChecklistHistory(let path):
            return .checklists(.history(ChecklistVersion.history(of: path)))
        case .loadAssessmentHistory(let paths):
            let templates = data.library.templates + data.library.revisions
            return .assess(.history(paths.flatMap { AssessmentVersion.history(of: $0, templates: templates) }))
        case .redraw, .suspend, .quit, .copy, .reloadData:
            return nil
        }
    }

    /// Encodes canonically and saves safely; the result says what happened.
    private func save<T: Encodable>(
        _ value: T, to path: String, expecting stamp: FileStamp?, within root: String,
        failed: (SaveFailure) -> Action, saved: (FileStamp) -> Action
    ) -> Action {
        do {
            let bytes = try CanonicalJSON.encode(value)
            // The shared store decides first: its refusal is the conflict the official sees.
            try sync?.save(bytes, at: path, by: official)
            if stamp == nil {
                // A first save into `sop/drafts/` or `assessments/` on a fresh folder; the write
                // below still refuses a link anywhere under the root.
                try SafePath.checkInside(path, root: root)
                try FileManager.default.createDirectory(
                    atPath: SafePath.split(path).folder, withIntermediateDirectories: true)
            }
            return saved(try SafeFile.write(bytes, to: path, expecting: stamp, within: root))
        } catch {
            return failed(failure(error, path: path))
        }
    }

    private func failure(_ error: any Error, path: String) -> SaveFailure {
        if let error = error as? StoreError {
            return SaveFailure(path: path, message: error.message, isConflict: error.kind == .conflict,
                               storeDetail: error.kind == .conflict ? error.message : nil)
        }
        if let error = error as? SafeFileError {
            return SaveFailure(path: path, message: Localized(id: error.description(.id), en: error.description(.en)),
                               isConflict: error.isConflict)
        }
        return SaveFailure(path: path, message: Localized(String(describing: error)), isConflict: false)
    }

    /// Keeps the published revision a save replaces under `sop/revisions/`, so assessments that
    /// pinned it keep their scores. `update` decided it from the data it holds; nothing is read
    /// back here. An archive that exists already is left as it is.
    func archive(_ published: Checklist, replacing path: String, within root: String) throws {
        let target = ChecklistLibrary.revisionPath(for: path, revision: published.revision)
        if FileManager.default.fileExists(atPath: target) { return }
        try FileManager.default.createDirectory(atPath: SafePath.split(target).folder, withIntermediateDirectories: true)
        let bytes = try CanonicalJSON.encode(published)
        do { try sync?.save(bytes, at: target, by: official) } catch where error.kind == .conflict {
            // Another office archived the same revision first; its copy is the same document.
        }
        try SafeFile.write(bytes, to: target, expecting: nil, keepHistory: false, within: root)
    }

    /// Reads the data folder as the dashboard's start does, after pulling a shared store that
    /// changed; slow at province scale, so the runner calls it off the run loop. As at the start,
    /// the list shows once the name order is ready; the other orders follow in the background.
    public func reloadData(_ folder: DataFolder) -> Action {
        do {
            try sync?.refreshCopy()
            let registry = try folder.loadRegistry(.all)
            registry.businesses.prepareIndexes()
            DispatchQueue.global(qos: .utility).async { registry.businesses.prepareIndexes(allOrders: true) }
            return .dataReloaded(ReloadedData(registry: registry, library: ChecklistLibrary.load(folder), imports: ImportEntry.all(in: folder)))
        } catch let error as StoreError {
            return .dataReloadFailed(error.message)
        } catch let error as DataFolderError {
            return .dataReloadFailed(Localized(id: error.description(.id), en: error.description(.en)))
        } catch {
            return .dataReloadFailed(Localized(String(describing: error)))
        }
    }

    /// Runs an inbox operation and reports the inbox as it now is.
    private func inbox(_ data: DashboardData, changingRegistry: Bool = false,
                       _ operation: (ImportInbox) throws(ImportInboxError) -> Localized) -> Action {
        do {
            let message = try operation(ImportInbox(folder: data.folder, sync: sync as? any ImportSync, official: official))
            return .inboxChanged(ImportEntry.all(in: data.folder), message: message, changedRegistry: changingRegistry)
        } catch {
            return .inbox(.failed(error.message))
        }
    }

    /// Puts a recovered copy in its file's place and reads the file back, so the dashboard shows it.
    private func keep(_ copy: RecoveredCopy, data: DashboardData) -> Action {
        do { try copy.keep(within: data.folder.root) } catch {
            return .recoveryDone(RecoveryOutcome(message: Localized(id: error.description(.id), en: error.description(.en)), isError: true))
        }
        let kept = Localized(id: "Perubahan dari \(copy.path) dipakai di \(copy.original); versi sebelumnya ada di .history",
                             en: "The changes from \(copy.path) are now in \(copy.original); the previous version is in .history")
        if copy.original.hasPrefix(data.folder.assessmentsFolder) {
            if case .success(let (file, _)) = ChecklistLibrary.loadAssessment(copy.original, templates: data.library.templates) {
                return .recoveryDone(RecoveryOutcome(message: kept, assessment: file))
            }
        } else if case .success(let (file, _)) = ChecklistLibrary.loadTemplate(copy.original) {
            return .recoveryDone(RecoveryOutcome(message: kept, checklist: file))
        }
        return .recoveryDone(RecoveryOutcome(message: kept))
    }

    /// Writes unsaved work beside its file as `<name>.recovered` when a save at exit failed, so a
    /// conflict during an SSH drop still loses nothing.
    public func writeRecoveryCopy(of effect: Effect) -> String? {
        let path: String, bytes: Data?
        switch effect {
        case .saveChecklist(let target, let checklist, _, _): path = target; bytes = try? CanonicalJSON.encode(checklist)
        case .saveAssessment(let target, let assessment, _): path = target; bytes = try? CanonicalJSON.encode(assessment)
        default: return nil
        }
        guard let bytes else { return nil }
        let recovery = RecoveredCopy.path(for: path, at: Date())
        return (try? SafeFile.write(bytes, to: recovery, expecting: nil, keepHistory: false)) != nil ? recovery : nil
    }
}

/// Raised when no exporter was supplied (tests of the dashboard alone).
public struct CLIExportUnavailable: Error, CustomStringConvertible {
    public init() {}
    public var description: String { "exports are not available in this build" }
}

extension SafeFileError {
    /// Someone else changed or removed the file: the user must choose reload or save-as.
    var isConflict: Bool {
        switch self {
        case .changedOnDisk, .deletedOnDisk: true
        default: false
        }
    }
}
