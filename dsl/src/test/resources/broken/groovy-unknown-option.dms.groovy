scenario('unknown option') {
    fault AccessDenied, on: 'StopReplication', time: 1
}
