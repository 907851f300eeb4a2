# Updating the directory from the feed.

sync-checking = Checking the feed…
sync-downloading = Downloading { $file }: { $bytes } of { $total } bytes
sync-applying = Applying: { $records } of { $total } records
feed-build-checking = Checking { $total ->
    [one] one record
   *[other] { $total } records
}…
feed-build-lines = Writing { $total ->
    [one] one record
   *[other] { $total } records
} as JSON lines…
feed-build-indexing = Indexing for search: { $records } of { $total } records
feed-build-packing = Compressing the ready-made directory…
feed-build-delta = Comparing with the previous publication…
sync-up-to-date = The directory is up to date (feed sequence { $sequence }).
sync-updated = The directory was updated from sequence { $from } to { $to }: { $count ->
    [one] { $count } record changed.
   *[other] { $count } records changed.
}
sync-unchanged = The directory in use has not changed.
sync-error-not-configured = No feed is set up: add its address and the publisher's key in Settings.
sync-error-insecure = The feed's address must start with https:// ({ $detail }).
sync-error-bad-url = This is not a web address Haven can use for the feed ({ $detail }). Write it whole, such as https://feed.example.org/haven/ (no spaces).
sync-error-foreign = The feed’s manifest names a file on another server or port ({ $detail }); Haven downloads only from the feed’s own address.
sync-error-bad-key = The publisher's key is not a valid minisign public key ({ $detail }).
sync-error-offline = The feed cannot be reached: there may be no network ({ $detail }).
sync-error-http = The feed's server reported an error ({ $detail }).
sync-error-signature = The feed is not signed by the publisher's key and was refused ({ $detail }).
sync-error-manifest = The feed's manifest cannot be read ({ $detail }).
sync-error-rollback = The feed offered is older than the directory in use and was refused ({ $detail }).
sync-error-expired = The feed has expired and was refused; the publisher has not updated it ({ $detail }).
sync-error-too-new = The feed needs a newer version of Haven ({ $detail }).
sync-error-truncated = The download was cut off ({ $detail }).
sync-error-too-large = A feed file is larger than allowed and was refused ({ $detail }).
sync-error-checksum = A feed file does not match its checksum and was refused ({ $detail }).
sync-error-bad-feed = The feed holds a record that is not valid ({ $detail }).
sync-error-cancelled = The update was cancelled.
sync-error-untrusted = The feed's server presented a certificate this computer does not trust, so nothing was downloaded ({ $detail }). If your office's network uses its own certificate authority, ask your IT staff to add it to the system's trusted certificates.
sync-error-store = The directory could not be updated ({ $detail }).
sync-now = Update now
sync-cancel = Cancel
sync-done = { $text }
sync-last = Last update: { $when } — { $result }
sync-outcome-up-to-date = already up to date
sync-outcome-updated = updated
sync-outcome-not-configured = no feed set up
sync-outcome-insecure = refused: not https
sync-outcome-bad-url = refused: not a web address
sync-outcome-foreign = refused: a file elsewhere
sync-outcome-bad-key = the publisher's key is not valid
sync-outcome-offline = no network
sync-outcome-http = server error
sync-outcome-signature = refused: bad signature
sync-outcome-manifest = the manifest could not be read
sync-outcome-rollback = refused: older feed
sync-outcome-expired = refused: feed expired
sync-outcome-too-new = needs a newer Haven
sync-outcome-truncated = download cut off
sync-outcome-too-large = refused: file too large
sync-outcome-checksum = refused: checksum mismatch
sync-outcome-bad-feed = refused: invalid record
sync-outcome-cancelled = cancelled
sync-outcome-untrusted = certificate not trusted
sync-outcome-store = the directory could not be updated
sync-error-busy = Another Haven on this computer is already updating the directory.
sync-outcome-busy = another update was running
store-error-update-running = Another Haven on this computer is updating the directory right now. Try again when it has finished.
sync-error-too-slow = The feed's server sends too slowly; the download was given up ({ $detail }).
sync-outcome-too-slow = too slow
directory-changed-elsewhere = The directory was updated by another Haven on this computer; you are seeing the new one.
