// Teams share building blocks: this scenario includes the standard "start and load" block.
scenario('cut-over using a shared building block') {
    tag 'shared'
    replication('billing') {
        table 'public.invoices', rows: 300_000
        table 'public.payments', rows: 700_000
    }
    include '../blocks/start-and-load.dms.yaml', replication: 'billing', loadWithin: '3h'
    stop 'billing'
    await('billing') { status STOPPED; within 10.minutes }
    expect('billing') { stopReason NORMAL }
}
