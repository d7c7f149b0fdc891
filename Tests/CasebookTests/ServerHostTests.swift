import Testing
@testable import CasebookKit

/// Which Host headers are answered, and which listening addresses get the warning that
/// other computers can read the preview.
struct ServerHostTests {
    @Test(arguments: ["127.0.0.1", "127.0.0.2", "127.255.255.254", "::1", "[::1]", "localhost", "::ffff:127.0.0.1", "0:0:0:0:0:0:0:1"])
    func loopbackAddressesGetNoWarning(host: String) {
        #expect(LoopbackAddress.contains(host), "\(host)")
    }

    @Test(arguments: ["0.0.0.0", "::", "[::]", "192.0.2.1", "198.51.100.7", "10.0.0.1", "2001:db8::1", "128.0.0.1", "::2", "example.com"])
    func otherAddressesGetTheWarning(host: String) {
        #expect(!LoopbackAddress.contains(host), "\(host)")
    }

    @Test func hostHeadersOnLoopback() {
        let policy = HostPolicy(listeningOn: "127.0.0.1")
        for allowed in ["127.0.0.1", "127.0.0.1:4000", "localhost:4000", "LocalHost", "a.b.localhost", "localhost.",
                        "127.9.9.9:1", "[::1]", "[::1]:4000"] {
            #expect(policy.allows(allowed), "\(allowed)")
        }
        for refused in [nil, "", "evil.example", "evil.example:4000", "localhost.evil.example", "192.0.2.1",
                        "[2001:db8::1]:80", "127.0.0.1:x", "[::1", "::1:80", "evil.example:80:80"] as [String?] {
            #expect(!policy.allows(refused), "\(refused ?? "none")")
        }
    }

    @Test func hostHeadersOnAnOtherAddress() {
        let given = HostPolicy(listeningOn: "192.0.2.1")
        #expect(given.allows("192.0.2.1:8000") && given.allows("localhost"))
        #expect(!given.allows("192.0.2.2") && !given.allows("preview.example"))
        // 0.0.0.0 listens on every address: any address typed is fine, a name is not.
        let every = HostPolicy(listeningOn: "0.0.0.0")
        #expect(every.allows("192.0.2.1:8000") && every.allows("[2001:db8::1]:8000") && every.allows("10.1.2.3"))
        #expect(!every.allows("myhost.example") && !every.allows("rebind.example:8000"))
        let v6 = HostPolicy(listeningOn: "[2001:db8::5]")
        #expect(v6.allows("[2001:db8::5]:8000") && !v6.allows("[2001:db8::6]"))
    }
}
