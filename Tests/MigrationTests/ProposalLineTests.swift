import Migration
import Testing

/// The line a proposal edits, before and after, as the Imports screen shows it.
@Suite struct ProposalLineTests {
    static func proposal(_ bytes: String, replacing old: String, with new: String, occurrence: Int = 0) -> Proposal {
        let utf8 = Array(bytes.utf8), target = Array(old.utf8)
        var found: [Int] = []
        for start in 0...(utf8.count - target.count) where Array(utf8[start..<start + target.count]) == target { found.append(start) }
        let start = found[occurrence]
        return Proposal(path: "a.py", line: 1, range: start..<start + target.count, before: old, after: new, kind: .code, reason: "")
    }

    @Test func theLineAroundTheRangeWithoutItsTerminatorCRLFIncluded() throws {
        let text = "import os\r\nfrom old.pkg import thing  # keep\r\nx = 1\r\n"
        let proposal = Self.proposal(text, replacing: "old.pkg", with: "new.place.pkg")
        let line = try #require(ProposalLine(of: proposal, in: Array(text.utf8)))
        #expect(line.text == "from old.pkg import thing  # keep")
        #expect(line.column == 5)
        #expect(line.rewritten(by: proposal) == "from new.place.pkg import thing  # keep")
    }

    @Test func aRangeAtTheStartOfTheFileOrOfALastLineWithoutNewline() throws {
        let text = "old\nuse(old)"
        let first = Self.proposal(text, replacing: "old", with: "new")
        #expect(try #require(ProposalLine(of: first, in: Array(text.utf8))).rewritten(by: first) == "new")
        let last = Self.proposal(text, replacing: "old", with: "new", occurrence: 1)
        let line = try #require(ProposalLine(of: last, in: Array(text.utf8)))
        #expect(line.text == "use(old)")
        #expect(line.rewritten(by: last) == "use(new)")
    }

    @Test func aRewriteReachingPastItsLineShowsItsFirstLine() throws {
        let text = "from a import (b,\n    c)\n"
        let proposal = Self.proposal(text, replacing: "a import (b,\n    c)", with: "x import b\nfrom x import c")
        let line = try #require(ProposalLine(of: proposal, in: Array(text.utf8)))
        #expect(line.text == "from a import (b,")
        #expect(line.rewritten(by: proposal) == "from x import b")
    }

    @Test func theDemoPlanHasTheLineOfEveryProposal() throws {
        let folder = try DemoSampleTests.writeSample()
        let source = folder.path + "/" + DemoSample.sourcePackage, target = folder.path + "/" + DemoSample.targetPackage
        let plan = try PlanReader.read(workspace: .locate(root: folder.path, source: source, target: target))
        #expect(!plan.proposals.isEmpty)
        for proposal in plan.proposals {
            let line = try #require(plan.proposalLines[proposal.key], "\(proposal.path):\(proposal.line)")
            #expect(line.text.utf8.count >= line.column)
        }
    }
}
