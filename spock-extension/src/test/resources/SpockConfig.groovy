// The module's own specifications run in parallel, as the project's tests do. (Specifications run through
// EmbeddedSpecRunner get a configuration of their own: see SpecRuns.)
runner {
    parallel {
        enabled true
        fixed(2)
    }
}
