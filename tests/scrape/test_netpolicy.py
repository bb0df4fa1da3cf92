import pytest

from pipeline.scrape.netpolicy import NetPolicy, PolicyError, address_kind


def fixed(addresses):
    return lambda host, port: addresses


@pytest.mark.parametrize(
    "address, kind",
    [("127.0.0.1", "loopback"), ("::1", "loopback"), ("10.1.2.3", "private"), ("192.168.0.9", "private"),
     ("169.254.169.254", "link-local"), ("fe80::1", "link-local"), ("0.0.0.0", "unspecified"),
     ("::ffff:127.0.0.1", "loopback"), ("224.0.0.1", "multicast"), ("93.184.216.34", None), ("2606:4700::1", None)],
)
def test_address_kinds(address, kind):
    assert address_kind(address) == kind


def test_public_address_passes():
    NetPolicy(resolver=fixed(["93.184.216.34"])).check("https://example.org/a")


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "gopher://example.org/"])
def test_other_schemes_are_refused(url):
    with pytest.raises(PolicyError, match="scheme"):
        NetPolicy(resolver=fixed(["93.184.216.34"])).check(url)


def test_name_resolving_to_a_private_address_is_refused_after_resolution():
    policy = NetPolicy(resolver=fixed(["93.184.216.34", "10.0.0.5"]))
    with pytest.raises(PolicyError, match="private address 10.0.0.5"):
        policy.check("http://intranet.example.org/")


def test_allow_host_lets_a_loopback_host_through_and_only_that_host():
    policy = NetPolicy(allow_hosts=("127.0.0.1",))
    policy.check("http://127.0.0.1:8000/page")
    with pytest.raises(PolicyError, match="loopback"):
        policy.check("http://localhost:8000/page")


def test_unresolvable_host_is_refused():
    def fail(host, port):
        raise OSError("Name or service not known")

    with pytest.raises(PolicyError, match="cannot resolve"):
        NetPolicy(resolver=fail).check("http://no-such-host.invalid/")
