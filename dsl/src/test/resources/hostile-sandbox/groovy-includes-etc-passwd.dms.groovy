// refused at 3: '/etc/passwd' is not a scenario file
scenario('reads a system file') {
    include '/etc/passwd'
}
