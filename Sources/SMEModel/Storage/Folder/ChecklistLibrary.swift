import Foundation

/// The SOP templates and assessments of a data folder. Loading never throws: a broken file is
/// left out and reported in `problems`, so one bad checklist never hides the others.
public struct ChecklistLibrary: Sendable, Equatable {
    public var templates: [ChecklistFile]
    /// Earlier published revisions kept under `sop/revisions/`, so an old assessment is always
    /// scored against the revision it pinned.
    public var revisions: [ChecklistFile]
    public var assessments: [AssessmentFile]
    public var problems: [FileProblem]

    public init(templates: [ChecklistFile] = [], revisions: [ChecklistFile] = [], assessments: [AssessmentFile] = [], problems: [FileProblem] = []) {
        self.templates = templates
        self.revisions = revisions
        self.assessments = assessments
        self.problems = problems
    }

    /// Where the published revision `revision` of the template stored at `path` is archived.
    public static func revisionPath(for path: String, revision: Int) -> String {
        let url = URL(fileURLWithPath: path)
        let name = url.deletingPathExtension().lastPathComponent
        return url.deletingLastPathComponent().appendingPathComponent("revisions/\(name).r\(revision).json").path
    }

    public static func load(_ folder: DataFolder) -> ChecklistLibrary {
        var library = ChecklistLibrary()
        for path in DataFolder.jsonFiles(in: folder.sopFolder) {
            switch loadTemplate(path) {
            case .success(let (file, warnings)):
                library.templates.append(file)
                library.problems += warnings
            case .failure(let problems):
                library.problems += problems.list
            }
        }
        library.refuseDuplicateKeys()
        for path in DataFolder.jsonFiles(in: folder.path("sop/revisions")) {
            switch loadTemplate(path) {
            case .success(let (file, _)): library.revisions.append(file)
            case .failure(let problems): library.problems += problems.list
            }
        }
        for path in DataFolder.jsonFiles(in: folder.assessmentsFolder) {
            switch loadAssessment(path, templates: library.templates + library.revisions) {
            case .success(let (file, warnings)):
                library.assessments.append(file)
                library.problems += warnings
            case .failure(let problems):
                library.problems += problems.list
            }
        }
        return library
    }

    /// Two live templates with one key would make assessments and exports ambiguous (an old
    /// "save as copy" beside the original did this). The file named after its sector
    /// (`sop/food.json`) keeps the key, else the first by name; the others are left out and
    /// reported as errors naming the file that keeps it.
    mutating func refuseDuplicateKeys() {
        var keeper: [String: String] = [:]
        for file in templates {
            let isCanonical = SafePath.split(file.path).name == file.checklist.sector + ".json"
            if keeper[file.checklist.key] == nil || isCanonical { keeper[file.checklist.key] = file.path }
        }
        templates = templates.filter { file in
            let key = file.checklist.key
            guard let first = keeper[key], first != file.path else { return true }
            problems.append(FileProblem(file: file.path, location: nil, message: Localized(
                id: "kunci templat \"\(key)\" sudah dipakai oleh \(first); dua templat aktif tidak boleh berkunci sama (pindahkan salinan ke sop/drafts/ atau beri kunci baru)",
                en: "template key \"\(key)\" is already used by \(first); two live templates must not share a key (move the copy to sop/drafts/ or give it a new key)")))
            return false
        }
    }

    /// The folder for drafts and copies: beside the live templates, never loaded as one, so a
    /// copy cannot shadow the template it came from.
    public static let draftFolderName = "drafts"

    /// `sop/drafts/<name>` for a copy of the template at `original`; nil when `name` cannot be a
    /// file name (`SafeName`, with ".json" added when missing).
    public static func draftPath(for original: String, name: String) -> String? {
        let stem = name.hasSuffix(".json") ? String(name.dropLast(5)) : name
        guard SafeName.isSafe(stem) else { return nil }
        let folder = SafePath.split(original).folder
        return SafePath.join(SafePath.join(folder, draftFolderName), stem + ".json")
    }

    /// Problems that block use of a file, as an Error.
    public struct Problems: Error, Sendable {
        public var list: [FileProblem]
    }

    /// Reads, decodes and validates one template. Warnings come back with the file.
    public static func loadTemplate(_ path: String) -> Result<(ChecklistFile, [FileProblem]), Problems> {
        let data: Data, stamp: FileStamp
        do { (data, stamp) = try SafeFile.read(path, limit: DataLimits.current.documentBytes) } catch {
            return .failure(Problems(list: [FileProblem(file: path, location: nil, message: Localized(
                id: error.description(.id), en: error.description(.en)))]))
        }
        return decodeTemplate(data, path: path, stamp: stamp)
    }

    /// Decodes and validates the bytes of a template named `path`; what `loadTemplate` does after
    /// reading, and what the fuzz target feeds.
    public static func decodeTemplate(_ data: Data, path: String, stamp: FileStamp)
        -> Result<(ChecklistFile, [FileProblem]), Problems>
    {
        if let newer = newerFormat(data, path: path, current: Checklist.currentFormatVersion) {
            return .failure(Problems(list: [newer]))
        }
        let checklist: Checklist
        do { checklist = try JSONDocument.decode(Checklist.self, from: data, file: path) } catch {
            return .failure(Problems(list: [FileProblem(error)]))
        }
        let issues = locate(ChecklistValidator.validate(checklist), in: data, file: path)
        if issues.contains(where: \.isError) { return .failure(Problems(list: issues)) }
        return .success((ChecklistFile(path: path, checklist: checklist, stamp: stamp), issues))
    }

    /// Reads, decodes and validates one assessment against the template it names.
    public static func loadAssessment(_ path: String, templates: [ChecklistFile]) -> Result<(AssessmentFile, [FileProblem]), Problems> {
        let data: Data, stamp: FileStamp
        do { (data, stamp) = try SafeFile.read(path, limit: DataLimits.current.documentBytes) } catch {
            return .failure(Problems(list: [FileProblem(file: path, location: nil, message: Localized(
                id: error.description(.id), en: error.description(.en)))]))
        }
        return decodeAssessment(data, path: path, stamp: stamp, templates: templates)
    }

    /// Decodes and validates the bytes of an assessment named `path` against `templates`.
    public static func decodeAssessment(_ data: Data, path: String, stamp: FileStamp, templates: [ChecklistFile])
        -> Result<(AssessmentFile, [FileProblem]), Problems>
    {
        if let newer = newerFormat(data, path: path, current: Assessment.currentFormatVersion) {
            return .failure(Problems(list: [newer]))
        }
        let assessment: Assessment
        do { assessment = try JSONDocument.decode(Assessment.self, from: data, file: path) } catch {
            return .failure(Problems(list: [FileProblem(error)]))
        }
        let exact = templates.first { $0.checklist.key == assessment.templateKey && $0.checklist.revision == assessment.templateRevision }
        guard let template = exact ?? templates.first(where: { $0.checklist.key == assessment.templateKey }) else {
            return .failure(Problems(list: [FileProblem(
                file: path, location: JSONDocument.locate(path: "templateKey", in: data), message: Localized(
                    id: "templat \"\(assessment.templateKey)\" tidak ada di sop/", en: "template \"\(assessment.templateKey)\" is not in sop/"))]))
        }
        let issues = locate(AssessmentValidator.validate(assessment, against: template.checklist), in: data, file: path)
        if issues.contains(where: \.isError) { return .failure(Problems(list: issues)) }
        return .success((AssessmentFile(path: path, assessment: assessment, stamp: stamp), issues))
    }

    static func locate(_ issues: [ValidationIssue], in data: Data, file: String) -> [FileProblem] {
        guard !issues.isEmpty, let map = try? JSONSyntax.scan(data) else {
            return issues.map { FileProblem(file: file, location: nil, severity: $0.severity, message: Localized(id: $0.text(.id), en: $0.text(.en))) }
        }
        return issues.map { issue in
            FileProblem(file: file, location: map.location(of: issue.path), severity: issue.severity, message: Localized(
                id: issue.path.isEmpty ? issue.message.id : "\(issue.path): \(issue.message.id)",
                en: issue.path.isEmpty ? issue.message.en : "\(issue.path): \(issue.message.en)"))
        }
    }

    /// A file written by a newer smedash is refused before decoding, so its unknown fields are not
    /// reported as errors and nothing in it is lost.
    static func newerFormat(_ data: Data, path: String, current: Int) -> FileProblem? {
        struct Version: Decodable { var formatVersion: Int? }
        guard let version = try? JSONDecoder().decode(Version.self, from: data).formatVersion, version > current else { return nil }
        return FileProblem(file: path, location: JSONDocument.locate(path: "formatVersion", in: data), message: Localized(
            id: "berkas ini memerlukan smedash yang lebih baru (format \(version), versi ini membaca format \(current))",
            en: "this file needs a newer smedash (format \(version); this version reads format \(current))"))
    }

    // MARK: - Lookups

    public func template(forSector sector: String) -> ChecklistFile? {
        templates.first { $0.checklist.sector == sector }
    }

    public func template(key: String) -> ChecklistFile? {
        templates.first { $0.checklist.key == key }
    }

    /// The exact revision when it is kept, else the current template.
    public func template(key: String, revision: Int) -> ChecklistFile? {
        (templates + revisions).first { $0.checklist.key == key && $0.checklist.revision == revision } ?? template(key: key)
    }

    /// A business's assessments, newest first.
    public func assessments(forBusiness id: String) -> [AssessmentFile] {
        assessments.filter { $0.assessment.businessID == id }.sorted { $0.assessment.date > $1.assessment.date }
    }

    /// The score of each assessment, computed against the template it names.
    public func score(_ file: AssessmentFile) -> AssessmentScore? {
        template(key: file.assessment.templateKey, revision: file.assessment.templateRevision)
            .map { AssessmentScore(checklist: $0.checklist, assessment: file.assessment) }
    }

    /// The latest SOP score (0…1) per business, aligned with `registry.businesses`, for the
    /// business table's score column and its sort.
    public func latestScores(for registry: Registry) -> RowScores {
        var scores = RowScores()
        for (id, score) in latestScores(ofBusinesses: nil) {
            if let row = registry.businessIndex(id) { scores[row] = score }
        }
        return scores
    }

    /// The latest score of each business in `ids` (every assessed business when nil), by id.
    /// One pass over the assessments; what a save changes is recomputed with this, not the
    /// whole registry-long array.
    public func latestScores(ofBusinesses ids: Set<String>?) -> [String: Double?] {
        var latest: [String: AssessmentFile] = [:]
        for file in assessments {
            let id = file.assessment.businessID
            if let ids, !ids.contains(id) { continue }
            if let existing = latest[id], existing.assessment.date >= file.assessment.date { continue }
            latest[id] = file
        }
        return latest.mapValues { score($0)?.completeScore }
    }
}
