#!/usr/bin/env bash
# Prints a resident's access token, obtained with the authorization code + PKCE flow of the embedded
# authorization server (client opencity-mobile, redirect http://127.0.0.1/callback), scripted with curl.
# Usage: BASE=http://127.0.0.1:18080 ./token.sh [login] [password]
set -euo pipefail

BASE=${BASE:-http://127.0.0.1:18080}
LOGIN=${1:-resident@demo.opencity.vn}
PASSWORD=${2:-OpenCity@2026}
CALLBACK=http://127.0.0.1/callback

case "$BASE" in
  http://127.0.0.1:*|http://127.0.0.1/*|http://127.0.0.1) ;;
  *) echo "token.sh: BASE must be http://127.0.0.1[:port] (loopback only), got $BASE" >&2; exit 2 ;;
esac

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jar="$work/cookies"
c() { curl -sS --max-time 10 -b "$jar" -c "$jar" "$@"; }
fail() { echo "token.sh: $*" >&2; exit 1; }

verifier=$(head -c 48 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')
challenge=$(printf '%s' "$verifier" | openssl dgst -sha256 -binary | base64 | tr '+/' '-_' | tr -d '=\n')
state=$(head -c 12 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')

# 1. Authorization request: not signed in yet, so 302 to /login.
authorize="$BASE/oauth2/authorize?response_type=code&client_id=opencity-mobile&scope=openid%20api&state=$state"
authorize+="&code_challenge_method=S256&code_challenge=$challenge&redirect_uri=http%3A%2F%2F127.0.0.1%2Fcallback"
read -r status location < <(c -o /dev/null -w '%{http_code} %{redirect_url}\n' "$authorize")
[[ $status == 302 && $location == */login ]] || fail "authorize: expected 302 to /login, got $status $location"

# 2. Login page: its hidden _csrf input.
csrf=$(c "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)"/\1/')
[[ -n $csrf ]] || fail "login page: no _csrf input"

# 3. Sign in: 302 back to the saved authorization request.
read -r status location < <(c -o /dev/null -w '%{http_code} %{redirect_url}\n' \
  --data-urlencode "username=$LOGIN" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$csrf" \
  "$BASE/login")
[[ $status == 302 && $location == */oauth2/authorize* ]] || fail "login: expected 302 to /oauth2/authorize, got $status $location"
[[ $location == http* ]] || location="$BASE$location"
case "$location" in "$BASE"/*) ;; *) fail "login redirected off loopback base: $location" ;; esac

# 4. Authorization request again, now signed in: 302 to the callback with the code.
read -r status location < <(c -o /dev/null -w '%{http_code} %{redirect_url}\n' "$location")
[[ $status == 302 && $location == "$CALLBACK?"* ]] || fail "authorize: expected 302 to $CALLBACK, got $status $location"
[[ $location == *"state=$state"* ]] || fail "authorize: state not echoed"
code=$(printf '%s' "$location" | sed -n 's/.*[?&]code=\([^&]*\).*/\1/p')
[[ -n $code ]] || fail "authorize: no code in $location"

# 5. Token request with the PKCE verifier (the code is already URL-safe).
response=$(c --data-urlencode grant_type=authorization_code --data-urlencode "code=$code" \
  --data-urlencode "redirect_uri=$CALLBACK" --data-urlencode client_id=opencity-mobile \
  --data-urlencode "code_verifier=$verifier" "$BASE/oauth2/token")
token=$(printf '%s' "$response" | sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p')
[[ -n $token ]] || fail "token: no access_token in $response"
printf '%s\n' "$token"
