import Foundation
import Glibc
import SMEModel
import Testing

/// The real binary in tmux: keys in, screen text out, files checked on disk.
@Suite(.serialized) struct DashboardEndToEndTests {
    static var hasTmux: Bool {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// A private copy of the bundled data, so tests can write to it.
    static func copyOfData() throws -> String {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("smedash-e2e-data-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.copyItem(atPath: CLIRunner.bundledData, toPath: target)
        return target
    }

    func start(data: String = CLIRunner.bundledData, width: Int = 100, height: Int = 30, arguments: String = "",
               environment: [String: String] = [:]) throws -> TmuxSession {
        try TmuxSession(width: width, height: height, command: "'\(CLIRunner.binary)' --data '\(data)' --lang en \(arguments)",
                        environment: environment)
    }

    /// LANG=C: the terminal shows ASCII only, so every screen must be drawn in it (issue 12).
    @Test(.enabled(if: hasTmux)) func theCLocaleGetsOnlyASCII() throws {
        let session = try start(environment: ["LANG": "C", "LC_ALL": "C"])
        try session.waitFor("of 800")
        for key in ["1", "2", "3", "4", "5", "6"] {
            try session.send(key)
            usleep(300_000)
            let screen = try session.screen()
            let foreign = screen.unicodeScalars.filter { !$0.isASCII }
            #expect(foreign.isEmpty, "screen \(key) shows \(String(String.UnicodeScalarView(foreign)))")
        }
        try session.send("q")
    }

    /// The survey is read after the first frame: a broken responses file no longer keeps the
    /// dashboard from starting; the Survey screen names the file and line instead.
    @Test(.enabled(if: hasTmux)) func aBrokenSurveyIsNamedOnItsScreen() throws {
        let data = try Self.copyOfData()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let path = data + "/survey/responses.csv"
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        lines.insert(lines[1].components(separatedBy: ",").prefix(3).joined(separator: ","), at: 6)
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let session = try start(data: data)
        try session.waitFor("of 800")
        try session.send("2")
        let screen = try session.waitFor("responses.csv:7")
        #expect(!screen.contains("Reading the survey"))
        try session.send("1")
        try session.waitFor("of 800")
        try session.send("q")
        try session.waitFor("[exit 0]")
    }

    @Test(.enabled(if: hasTmux)) func browseWithSearchAndRegionFilter() throws {
        let session = try start()
        let registry = try DataFolder(root: CLIRunner.bundledData).loadRegistry()
        try session.waitFor("\(registry.businesses.count) of \(registry.businesses.count)")
        try session.send("/")
        try session.type("bu s")
        let expected = BusinessQuery(search: "bu s").run(on: registry).count
        try session.waitFor("\(expected) of \(registry.businesses.count)")
        try session.send("Enter", "r")
        try session.waitFor("Filter by region")
        try session.type("kota bandung")
        try session.send("Enter")
        let both = BusinessQuery(region: "3273", search: "bu s").run(on: registry).count
        let screen = try session.waitFor("region Bandung City")
        #expect(screen.contains("\(both) of \(registry.businesses.count)"))
        try session.send("q")
        try session.waitFor("[exit 0]")
        #expect(try !session.isAlternateScreenOn())
    }

    @Test(.enabled(if: hasTmux)) func resizeToTooSmallAndBack() throws {
        let session = try start()
        try session.waitFor("Businesses")
        try session.resize(width: 40, height: 12)
        try session.waitFor("need 60×18")
        try session.resize(width: 100, height: 30)
        try session.waitFor("Sectors")
        try session.send("q")
        try session.waitFor("[exit 0]")
    }

    /// Quit signals (SIGINT, SIGTERM, SIGHUP) and crash signals (SIGSEGV, SIGABRT): every one
    /// leaves the shell's screen back, with echo and canonical input on.
    @Test(.enabled(if: hasTmux), arguments: [SIGTERM, SIGINT, SIGHUP, SIGSEGV, SIGABRT])
    func terminalIsRestoredAfterSignal(_ signal: Int32) throws {
        // Crash signals write a report instead of running Swift's interactive backtracer, which
        // used to wait half a minute for a key with the screen still in curses mode.
        let state = try CLITemporaryFolder()
        let session = try start(environment: ["XDG_STATE_HOME": state.path])
        try session.waitFor("Businesses")
        #expect(try session.isAlternateScreenOn())
        let shell = try session.panePID()
        // The app is the shell's child; signal it, not the wrapper.
        let pids = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
            .split(separator: " ").compactMap { Int32($0) }
        for pid in pids { kill(pid, signal) }
        try session.waitFor("[exit ", timeout: 20)
        // The wrapper prints `stty -a` after the app exits: the tty must be back in cooked mode.
        let screen = try session.waitFor("icanon")
        #expect(try !session.isAlternateScreenOn())
        let settings = screen.replacingOccurrences(of: "\n", with: "")
        #expect(settings.contains(" icanon") && !settings.contains("-icanon"), "\(screen)")
        #expect(settings.contains(" echo ") && !settings.contains("-echo "), "\(screen)")
        if [SIGSEGV, SIGABRT].contains(signal) {
            let reports = state.names(in: "smedash")
            #expect(reports.count == 1)
            #expect(screen.contains("smedash: crashed; details in"), "\(screen)")
        }
    }
}

/// Editing and saving through the real binary, with the files checked on disk.
@Suite(.serialized) struct DashboardEditingEndToEndTests {
    @Test(.enabled(if: DashboardEndToEndTests.hasTmux)) func sopEditIsSavedAndReadBack() throws {
        let data = try DashboardEndToEndTests.copyOfData()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let session = try TmuxSession(command: "'\(CLIRunner.binary)' --data '\(data)' --lang en")
        try session.addFoodItem("Sabun cair tersedia di wastafel", "Liquid soap at the basin")
        try session.send("C-s")
        try session.waitFor("Saved to")
        let library = ChecklistLibrary.load(DataFolder(root: data))
        let food = library.template(forSector: "food")?.checklist
        #expect(food?.revision == 4)
        #expect(food?.status == .draft)
        #expect(food?.items.contains { $0.text == "Sabun cair tersedia di wastafel" && $0.textEn == "Liquid soap at the basin" } == true)
        #expect(library.problems.isEmpty)
        try session.send("q")
        try session.waitFor("[exit 0]")
    }

    @Test(.enabled(if: DashboardEndToEndTests.hasTmux)) func quittingWithUnsavedChangesAsksAndSaves() throws {
        let data = try DashboardEndToEndTests.copyOfData()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let before = ChecklistLibrary.load(DataFolder(root: data)).template(forSector: "food")?.checklist
        let session = try TmuxSession(command: "'\(CLIRunner.binary)' --data '\(data)' --lang en")
        try session.openSOPTemplates()
        try session.editStartingRevision("J")
        try session.waitFor("[modified]")
        try session.send("q")
        try session.waitFor("There are unsaved changes")
        // Cancel keeps the dashboard open with the edit.
        try session.send("Escape")
        try session.waitFor("[modified]")
        try session.send("q")
        try session.waitFor("Save and quit")
        try session.send("Enter")
        try session.waitFor("[exit 0]")
        let after = ChecklistLibrary.load(DataFolder(root: data)).template(forSector: "food")?.checklist
        #expect(after?.revision == 4)
        #expect(after?.items.map(\.key) != before?.items.map(\.key))
        #expect(Set(after?.items.map(\.key) ?? []) == Set(before?.items.map(\.key) ?? []))
    }
}

/// Two officials editing the same checklist at once, each in their own dashboard.
@Suite(.serialized) struct TwoEditorsEndToEndTests {
    @Test(.enabled(if: DashboardEndToEndTests.hasTmux)) func secondSaveIsRefusedAndNothingIsLost() throws {
        let data = try DashboardEndToEndTests.copyOfData()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let command = "'\(CLIRunner.binary)' --data '\(data)' --lang en"
        let first = try TmuxSession(command: command)
        let second = try TmuxSession(command: command)
        for session in [first, second] {
            try session.openSOPTemplates()
        }
        // The first editor adds an item and saves.
        try first.send("a")
        try first.waitFor("Start revision 4")
        try first.send("Enter")
        try first.waitFor("Indonesian")
        try first.type("Butir dari editor pertama")
        try first.send("Enter")
        try first.waitFor("English")
        try first.type("Item from the first editor")
        try first.send("Enter")
        try first.send("C-s")
        try first.waitFor("Saved to")
        // The second editor, who loaded the old file, moves an item and tries to save.
        try second.send("J")
        try second.waitFor("Start revision 4")
        try second.send("Enter")
        try second.waitFor("[modified]")
        try second.send("C-s")
        let screen = try second.waitFor("was changed by someone else")
        #expect(screen.contains("food.json"))
        let food = data + "/sop/food.json"
        let onDisk = ChecklistLibrary.loadTemplate(food)
        guard case .success(let (file, _)) = onDisk else {
            Issue.record("food.json no longer loads")
            return
        }
        #expect(file.checklist.items.contains { $0.textEn == "Item from the first editor" })
        // Save as copy keeps the second editor's work in a new file, the original untouched.
        try second.send("Left", "Enter")
        try second.waitFor("food-copy.json")
        try second.send("Enter")
        // After the copy is written the original is reloaded, showing the first editor's version.
        try second.waitFor("reloaded")
        let copy = ChecklistLibrary.loadTemplate(data + "/sop/drafts/food-copy.json")
        guard case .success(let (copied, _)) = copy else {
            Issue.record("the copy was not written")
            return
        }
        #expect(!copied.checklist.items.contains { $0.textEn == "Item from the first editor" })
        guard case .success(let (after, _)) = ChecklistLibrary.loadTemplate(food) else { return }
        #expect(after.checklist == file.checklist)
        for session in [first, second] { try session.send("q") }
    }
}
