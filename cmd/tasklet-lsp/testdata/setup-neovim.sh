#!/bin/sh
# Installs the Neovim that TestNeovim drives (Debian's 0.7.2), as root.
set -e
apt-get update
apt-get install -y neovim
