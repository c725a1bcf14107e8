// The number words of the extension module.
scenario('number words') {
    advance 250.milliseconds
    advance 1.millisecond
    advance 30.seconds
    advance 1.second
    advance 10.minutes
    advance 1.minute
    advance 2.hours
    advance 1.hour
    advance 2.days
    advance 1.day
    advance 3_000_000_000.milliseconds
    advance 2.0.hours
    replication('orders') {}
    await('orders') { fullLoad 0.percent }
    expect('orders') { fullLoad 100.percent }
    fail('orders') { at 40.percent }
}
