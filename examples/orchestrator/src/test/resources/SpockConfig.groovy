// Spock specifications run in parallel, as the module's JUnit tests do (see the parent's surefire
// configuration): every @DmsScenario session has an account of its own.
runner {
    parallel {
        enabled true
    }
}
