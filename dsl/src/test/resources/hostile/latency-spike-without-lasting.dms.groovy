// issue 11.1: passed check, then failed the run with "could not close the session" (an NPE in DmsIncident)
scenario('spike without length') {
    replication('orders') { table 'public.orders', rows: 1000 }
    start 'orders'
    latencySpike 'orders', after: 1.minutes
}
