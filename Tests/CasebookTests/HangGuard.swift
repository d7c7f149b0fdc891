import Testing

/// The one time limit the tests use: a guard that turns a hang into a named failure, never a
/// measure of speed (the benchmark is that). Swift Testing counts a test's limit from its
/// start, and on a two-core machine a started test can wait minutes for the pool while the
/// others run, so a limit shorter than the whole run fails tests that are merely queued
/// (ImportRollbackTests did, at two minutes, in a 457-second CI run).
extension Trait where Self == TimeLimitTrait {
    static var hangGuard: Self { .timeLimit(.minutes(20)) }
}
