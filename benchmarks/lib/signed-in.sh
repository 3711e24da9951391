# Shared by the signed-in benchmarks: sign in through the real log-in (and two-factor) forms with curl.
# The caller sets: work (a scratch folder), base (the portal's URL), proxy (curl arguments of the simulated
# TLS proxy) and PACT_BENCH_PASSWORD / PACT_BENCH_TOTP_KEY (given to seed-benchmark). Needs python3.
# shellcheck shell=bash
# The __Host- cookies are Secure, which curl's cookie jar will not send over plain HTTP to the simulated
# proxy's back end, so the script carries them itself: "name=value; name=value" from every Set-Cookie seen.
cookies=""
remember_cookies() { # headers-file
    local name value
    while IFS='=' read -r name value; do
        cookies=$(printf '%s' "$cookies" | tr ';' '\n' | sed 's/^ //' | grep -v "^$name=" | paste -sd';' - | sed 's/;/; /g' || true)
        if [ -n "$value" ]; then cookies="${cookies:+$cookies; }$name=$value"; fi
    done < <(grep -i '^set-cookie:' "$1" | sed -E 's/^[Ss]et-[Cc]ookie: *([^;]*).*/\1/' | tr -d '\r')
}
get() { # path -> body in $work/page.html
    curl -s "${proxy[@]}" -H "Cookie: $cookies" -D "$work/h.txt" -o "$work/page.html" "$base$1"
    remember_cookies "$work/h.txt"
}
post() { # path, form fields...
    local path=$1; shift
    local token
    token=$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' "$work/page.html" | sed -n 1p | sed -E 's/.*value="([^"]*)"/\1/')
    [ -n "$token" ] || token=$(grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' "$work/page.html" | sed -n 1p | sed -E 's/.*value="([^"]*)"/\1/')
    local args=(--data-urlencode "__RequestVerificationToken=$token")
    for field in "$@"; do args+=(--data-urlencode "$field"); done
    curl -s "${proxy[@]}" -H "Cookie: $cookies" -D "$work/h.txt" -o "$work/page.html" "${args[@]}" "$base$path"
    remember_cookies "$work/h.txt"
}
totp() {
    python3 - "$PACT_BENCH_TOTP_KEY" <<'PY'
import base64, hashlib, hmac, struct, sys, time
key = base64.b32decode(sys.argv[1])
digest = hmac.new(key, struct.pack(">Q", int(time.time()) // 30), hashlib.sha1).digest()
offset = digest[-1] & 15
print("%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000))
PY
}
sign_in() { # email -> cookie header in $cookies
    cookies=""
    get /Account/Login
    post /Account/Login "Email=$1" "Password=$PACT_BENCH_PASSWORD"
    if grep -qi '^location: .*LoginWith2fa' "$work/h.txt"; then
        get "/Account/LoginWith2fa?returnUrl=%2F"
        post /Account/LoginWith2fa "Code=$(totp)" "ReturnUrl=/"
    fi
    grep -q 'auth=' <<<"$cookies" || { echo "could not sign in as $1" >&2; cat "$work/page.html" >&2; exit 1; }
}

