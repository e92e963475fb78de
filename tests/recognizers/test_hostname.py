"""HOSTNAME: computer names."""

from __future__ import annotations

import pytest

E = "HOSTNAME"

POSITIVE = [
    ("PC name is <code>kevin-PC</code>", ["kevin-PC"]),
    ("Nom du PC : LENOVO-GRACE", ["LENOVO-GRACE"]), ("un antivirus sur PC-JOLIE. Pouvez-vous", ["PC-JOLIE"]),  # a PC's
    ("poste ORA-PC-AMOKRANEZ hors ligne", ["ORA-PC-AMOKRANEZ"]),  # (a site's letters before the PC's word)
    # maker's or kind's word, then its owner's name
    ("[Access Control] Device LAPTOP-MISHAL-01 with MAC address 70:CD:0D:83:73:32", ["LAPTOP-MISHAL-01"]),
    ("[Dynamic DNS] host name almutairi-salmiya.mynetgear.com registration successful",
     ["almutairi-salmiya.mynetgear.com"]),  # a dynamic DNS name: its owner's
    ("TcpReceiver: Connection accepted from /172.21.242.178:49564 (RSUDLB-WS-043)", ["RSUDLB-WS-043"]),
    ("[helo.checks] helo_host: ws-syk-0736", ["ws-syk-0736"]), ('disconnect helo="ws-syk-7200" relay=Y', ["ws-syk-7200"]),
    ("Get-CimInstance Win32_BIOS -ComputerName ДИНАР-ПК | Select-Object", ["ДИНАР-ПК"]),
    ("GET http://malia-pc.moana.local:5985/status - HIER_NONE", ["malia-pc.moana.local"]),  # a URL's host  # an account's name in lower case, as Windows 7 named it
    ("The phone is `mykola-kravchenko-phone` in the router's list", ["mykola-kravchenko-phone"]),
    ("The phone is `Bohdans-Xperia` there, and Marianas-Moto", ["Bohdans-Xperia", "Marianas-Moto"]),
    ("sm-mta: AUTH=server, relay=heikki-laptop.revonta.local [10.81.1.236]", ["heikki-laptop.revonta.local"]),
    ("daemon=MSA, relay=RV-TRE-NB8281.revonta.local [10.50.6.238]", ["RV-TRE-NB8281"]),  # a firm's and its site's
    ('"name": "Péter iPhone-ja"', ["Péter iPhone-ja"]), ("Anna iPadje (2) synced", ["Anna iPadje (2)"]),  # Hungarian
    ("host Mac-mini-di-Gianluca-De-Luca.local is online", ["Mac-mini-di-Gianluca-De-Luca.local"]),
    ("my machine giulia-santoro-mba rebooted", ["giulia-santoro-mba"]),  # owner_device, a full name
    ('{"dhost": "iPhone-Emily"}', ["iPhone-Emily"]), ("Mobile device 'Pixel-8-Zeynep' is compliant", ["Pixel-8-Zeynep"]),
    ("unbound[812:0] query: 192.168.10.199 iPhone-Ulle.office.lan. AAAA IN", ["iPhone-Ulle"]),  # (its network's domain after)
    ("   Host Name . . . . . . . . . . . . : LT-SZYMANSKA", ["LT-SZYMANSKA"]),  # ipconfig /all
    ("hostname: LT-CELIK 192.168.1.5 joined", ["LT-CELIK"]),  # (an address after it: no part's number)
    ("I can't log in since this morning. laptop is LT-CELIK", ["LT-CELIK"]),
    ("an unknown device `android-8c2f91e3a7d04b1b` with MAC", ["android-8c2f91e3a7d04b1b"]),  # android_default
    ("endpoint AWHITAKER-LT checked in", ["AWHITAKER-LT"]),  # windows_owner, an IT department's suffix
    ("the laptop they use for the app is matias-pc.", ["matias-pc"]),  # owner_device, as DNS writes DANIEL-PC
    ("my PC Björns-MacBook-Air is on ethernet", ["Björns-MacBook-Air"]),  # apple_default, an accented owner
    ("Syncbox 4.11.3 on macOS 14.3.1 (Chiara's MacBook Pro), target", ["Chiara's MacBook Pro"]),  # apple_default_spaced
    ('whose phone is "Piotr\'s iPhone"? it is', ["Piotr's iPhone"]),
    ("Device Name: Philippa S. Brown’s MacBook Pro", ["Philippa S. Brown’s MacBook Pro"]),  # a whole name
    ("Sakura T's iPhone, Íñigo’s MacBook Pro", ["Sakura T's iPhone", "Íñigo’s MacBook Pro"]),
    ("Then Anna's iPhone died", ["Anna's iPhone"]),  # a sentence's first word is no part of the name
    ("Device Name: iPhone von Tomasz, last check-in", ["iPhone von Tomasz"]),  # ..._owner_last
    # Swahili, Indonesian owners; an Android phone's model first; iOS' dashed possessive; a
    # quoted host name (Cisco WLC's)
    ("client iPhone-ya-Neema", ["iPhone-ya-Neema"]), ("lease Galaxy-A15-ya-Baraka", ["Galaxy-A15-ya-Baraka"]),
    ("lease TECNO-SPARK-20-Pendo", ["TECNO-SPARK-20-Pendo"]), ('device "iPhone milik Siti"', ["iPhone milik Siti"]),
    ('device "Redmi Note 12 milik Fajar"', ["Redmi Note 12 milik Fajar"]),
    ("(Kamala-ko-Laptop) via eth0", ["Kamala-ko-Laptop"]), ("to Ahmed-ka-laptop", ["Ahmed-ka-laptop"]),  # a particle
    ("query[A] Roshan-ko-Tab.lan from 1", ["Roshan-ko-Tab"]), ("DHCP Dipendra-Dai-ko-Phone.lan is 1", ["Dipendra-Dai-ko-Phone"]),
    ("query[A] ishara-dell.lan from", ["ishara-dell.lan"]), ("query[A] Tharinduge-iPhone.lan from 1", ["Tharinduge-iPhone.lan"]),
    ("laptop BISHAL-TAMAN-LT gets", ["BISHAL-TAMAN-LT"]), ("**Device:** KSW-CHN-LT394 S/N", ["KSW-CHN-LT394"]),  # a name, an asset
    ("to bc:d0:74:92:ab:20 (DESKTOP-NAXHGUL) via igb2", ["DESKTOP-NAXHGUL"]),  # a DHCP client's (two vowels)
    ("from 2c:f0:5d:df:0d:7c (Hristina-Laptop) via igb2", ["Hristina-Laptop"]),
    ("mount idoia-nas.local now", ["idoia-nas.local"]),  # one's own NAS
    ("query[A] Manisha-Khadka-LT.lan from", ["Manisha-Khadka-LT"]), ("DHCP Vithushan-oda-Phone.lan is", ["Vithushan-oda-Phone"]),
    ('lease 86400 s, hostname "Kipchoge-s-iPhone"', ["Kipchoge-s-iPhone"]), ('hostname "JOY-PC"', ["JOY-PC"]),
    ("Protocol=Radius, UserName=host/NHV-LT-0350.corp.norhaven.io, NAS", ["NHV-LT-0350"]),  # machine_account
    ("michal@michal-thinkpad:~$ lsblk", ["michal-thinkpad"]),  # shell_prompt
    ("MacBook Air de Jean-Luc (2)", ["MacBook Air de Jean-Luc (2)"]),
    ("Device: MacBook Pro uživatele Petr", ["MacBook Pro uživatele Petr"]),  # a Czech setup's
    ("Appen på min telefon (Frederiks iPhone) kan ikke", ["Frederiks iPhone"]),  # a Danish setup's
    ("The app on my phone (Ingrids iPhone 14) can't find", ["Ingrids iPhone 14"]),
    ("iPhone – Zuzana", ["iPhone – Zuzana"]), ('"device_name": "Marek – MacBook Air",', ["Marek – MacBook Air"]),
    ("mDNS name MacBook-Pro-uzivatele-Simon.local", ["MacBook-Pro-uzivatele-Simon.local"]),
    ("can you check if WIN-LLHCTBQPWEC is still pinging", ["WIN-LLHCTBQPWEC"]),  # Windows Server's default
    ("ssh to anna-laptop.home.example now", ["anna-laptop.home.example"]),  # owner_device with a domain
    ("my VPN keeps dropping, laptop is LDS-DT-0045", ["LDS-DT-0045"]),  # asset_name
    ("Converted to M365 subscription on LIR-LT-0836.", ["LIR-LT-0836"]),  # (a sentence's dot after it)
    ("Device kwame-hp disabled in AD.", ["kwame-hp"]), ("on ndesanjo-latitude.", ["ndesanjo-latitude"]),  # a
    # brand's or a model's machine of its owner
    ("assigned LT-BER-0006 and MBP-LON-0863 to her", ["LT-BER-0006", "MBP-LON-0863"]),
    ("Device BFHU-LT5824 last check-in from 109.129.242.137", ["BFHU-LT5824"]),  # SITE-TYPEN
    ('"rrname":"NHV-LT-0173.corp.norhaven.io"', ["NHV-LT-0173"]),  # with its domain
    ("Assign,10.10.4.70,LAPTOP-R2D7QX.corp.example.com,54E1ADE45A1B", ["LAPTOP-R2D7QX"]),  # 6 random characters
    ("Running Ubuntu 24.04 on my home server `chinedu-desktop`. After", ["chinedu-desktop"]),  # owner_device
    ("hostname option in the server's response: pwint-redmi-note-13.staff.mrwp.la", ["pwint-redmi-note-13.staff.mrwp.la"]),
    ("domain-name='Somphones-ThinkPad.staff.mrwp.la'", ["Somphones-ThinkPad"]),  # a phone's, a ThinkPad
    ("Happens between orla-pi4 and marco-pi4", ["orla-pi4", "marco-pi4"]),
    ("still happening on haruka-xps13.", ["haruka-xps13"]),
    ("Same problem here on rafaels-MacBook-Air (Windows 11 23H2)", ["rafaels-MacBook-Air"]),
    ("The Mac is called MacBook-Air-de-Jean-Luc, Wi-Fi MAC a4:83:e7:2b:9c:10", ["MacBook-Air-de-Jean-Luc"]),
    ("home network at 192.168.10.40, hostname halvorsen-nas.", ["halvorsen-nas"]),
    ("Box IP 192.168.50.2, Plex server name is bjorn-plex.", ["bjorn-plex"]),
    (r"net use \\FS-FINANCE01\share /persistent:yes", ["FS-FINANCE01"]),  # a Windows share's server
    ("logon from DESKTOP-4F7KQ2M at 10:05", ["DESKTOP-4F7KQ2M"]),
    ("Register DESKTOP-EJCAAXQ Wi-Fi MAC and LAPTOP-HBLBHSEA", ["DESKTOP-EJCAAXQ", "LAPTOP-HBLBHSEA"]),  # letters
    ("LAPTOP-AB12CD34", ["LAPTOP-AB12CD34"]),
    ("WIN-7K2LQ9ABCDE.corp.example.com", ["WIN-7K2LQ9ABCDE"]),
    ("ssh Johns-MacBook-Pro.local", ["Johns-MacBook-Pro.local"]),
    ("Janes-iMac.local", ["Janes-iMac.local"]),
    ("Marys-MBP:~ mary$", ["Marys-MBP"]),
    ("Alexs-MacBook-Air", ["Alexs-MacBook-Air"]),
    ("Johns-MacBook-Pro-2.local", ["Johns-MacBook-Pro-2.local"]),
    ('"x-device-name":"Majas-Galaxy-S24"', ["Majas-Galaxy-S24"]), ("dhcp lease to Toms-Pixel-8", ["Toms-Pixel-8"]),
    ("DHCPACK on 10.0.0.57 to 3c:22:fb:12:9a:01 (Annas-iPhone) via eth0", ["Annas-iPhone"]),
    ("Joses-iPad-Pro.local", ["Joses-iPad-Pro.local"]),
    ("printer-3f.local", ["printer-3f.local"]),
    ("hostname: buildbox07", ["buildbox07"]),
    ("Computer Name: FINANCE-PC01", ["FINANCE-PC01"]),
    ("host=web01 status=200", ["web01"]),
    ("Workstation Name: KIOSK-12", ["KIOSK-12"]),
    ("PC Name: RECEPTION-02", ["RECEPTION-02"]),
    ("machine=kiosk-12 state=idle", ["kiosk-12"]),
    ("my laptop (hostname SARAH-LT-07) keeps dropping wifi", ["SARAH-LT-07"]),
    ("the computer name is kiosk12.", ["kiosk12"]),
    ("My MAC is AA-BB-CC-11-22-33 and hostname MINGS-PC.", ["MINGS-PC"]),
    ("Workstation W10-ACCT-3 was locked", ["W10-ACCT-3"]),
    ("the VM named build-07 ran out of disk", ["build-07"]),
    ("logged on to host DC01 twice", ["DC01"]),
    ("Stack trace from my machine (KPETROV-WS01, Windows 11):", ["KPETROV-WS01"]),
    ("my PC WS042 is slow", ["WS042"]),
    ("my laptop JSMITH-LT01.", ["JSMITH-LT01"]),
    ("Cannot log in from my new PC (DANIEL-PC)", ["DANIEL-PC"]),  # Windows 7's owner-PC names
    ("synced from Mings-LAPTOP.corp.example.com", ["Mings-LAPTOP"]),
    ("For the record, my hostname is tom-macbook and", ["tom-macbook"]),  # lower case, as typed
    ("annas-iphone.local is online", ["annas-iphone.local"]),
    ("The NAS at nas01.home.lan (10.0.0.20) says", ["nas01.home.lan"]),  # a private network's names
    ("ping router.home.arpa", ["router.home.arpa"]), ("db1.localdomain refused", ["db1.localdomain"]),
    ("open http://nas01.home.lan:5000/ then", ["nas01.home.lan"]),
]

POSITIVE += [
    # an IT department's names: a site's code, the owner, the kind (and a second machine's number)
    ("Configuration Name: BFL-EMURPHY-MBP", ["BFL-EMURPHY-MBP"]), ("asset HVBS-TAHMED-LT.", ["HVBS-TAHMED-LT"]),
    ("on SJOSHI-PC01 and SKING-LT2", ["SJOSHI-PC01", "SKING-LT2"]), ("ASC-AREDDY-WS", ["ASC-AREDDY-WS"]),
    ("WPS-LT-NH85.wpsol.local", ["WPS-LT-NH85"]),
    # Windows setup's random capitals may hold no digit; DNS writes them in lower case
    ("DESKTOP-BVVYPMJ", ["DESKTOP-BVVYPMJ"]), ("LAPTOP-IPNZLKW", ["LAPTOP-IPNZLKW"]),
    ("dnsName desktop-9wj8yhe", ["desktop-9wj8yhe"]),
    ("Rupert-Blackwoods-MacBook-Pro", ["Rupert-Blackwoods-MacBook-Pro"]),  # the owner's whole name
    ('heard BSSID e2:63:a6:c9:14:b4 SSID="Anders\'s Pixel" on', ["Anders's Pixel"]),  # a phone's hotspot
    ("Tom's Galaxy S23 Ultra is on", ["Tom's Galaxy S23 Ultra"]),
    ("status [NT_STATUS_OK] workstation [PRIYAS-MACBOOK-] remote host [ipv4:10.10.41.156:53636]",
     ["PRIYAS-MACBOOK-"]),  # Samba's audit: the client's NetBIOS name
    # people's machines in a company's DNS domain, by their own shapes
    ("client 10.10.34.57#53211 (Katarzynas-MacBook-Pro.corp.example.lan): query",
     ["Katarzynas-MacBook-Pro"]), ("updating zone: adding mfi-lt-0409.corp.example.lan", ["mfi-lt-0409"]),
    # ISC dhcpd's client by the name it asked for, and as it registered it in DNS
    ("DHCPACK on 10.41.8.34 to 8c:85:90:9d:e9:23 (KLB-LAB-36) via eth1", ["KLB-LAB-36"]),
    ("DHCPDISCOVER from 5c:e9:1e:0f:ed:d0 (Galaxy-A34) via 10.41.24.1", ["Galaxy-A34"]),
    ("Added new forward map from brw6c54685d703a.lan.example.ph to 10.41.32.86",
     ["brw6c54685d703a.lan.example.ph"]),
    ("Added reverse map from 222.8.41.10.in-addr.arpa. to priya-pc.lan.example.ph", ["priya-pc.lan.example.ph"]),
    # the machine of a public key's comment, and of a Git server's label of the key
    ("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIh6fd8yqUWsolzMnijwT+Qcs98/TYMEsc88x0bAM aschroder@aschroder-xps", ["aschroder-xps"]),
    ('SSH key added for jmaggay with label "jmaggay@lt-jennifer-thinkpad" (SHA256:0afb6c)', ["lt-jennifer-thinkpad"]),
    # Ubuntu's installer's name: the owner and the maker's product; an asset named for its town
    ("ping chico-ThinkPad from here", ["chico-ThinkPad"]), ("host maria-HP-EliteBook-840-G5 is up", ["maria-HP-EliteBook-840-G5"]),
    ("laptop LT-MAGANJAD-171 rebooted", ["LT-MAGANJAD-171"]),
    # a Cisco IP phone's device name, 'SEP' and its MAC (Unified CM's CDR)
    ('1,2,"SEP00EBD5A1B2C3","+63832282127"', ["SEP00EBD5A1B2C3"]), ("device ATA0C1167A8B9C2 registered", ["ATA0C1167A8B9C2"]),
    # dnsmasq's DHCP client by the name it sent, at the line's end (OpenWrt's logread)
    ("dnsmasq-dhcp[1823]: DHCPACK(br-lan) 192.168.1.164 a4:c3:f0:6e:88:1d Temurs-Xiaomi-13", ["Temurs-Xiaomi-13"]),
    ("dnsmasq-dhcp[1823]: DHCPREQUEST(br-lan) 192.168.1.147 74:d8:3e:90:c2:0b LAPTOP-KVARATSKHELIA",
     ["LAPTOP-KVARATSKHELIA"]),
    ("00:04:29.527 [10.25.0.63][45760100] cmd: EHLO LALE-HP", ["LALE-HP"]),  # a mail client's own name
]

POSITIVE += [
    # a capture's NBNS summary and an mDNS service's instance (Wireshark's Info column)
    ("Registration NB NB-GATTI<20>", ["NB-GATTI"]), ("Name query NB NB-PIRIZ<00>", ["NB-PIRIZ"]),
    ("Standard query response 0x0000 PTR Germans-iPhone._homekit._tcp.local TXT", ["Germans-iPhone"]),
]

POSITIVE += [
    # a Bacula client by its file daemon's name, and a job named for the machine it backs up
    ("10-Mar 21:00 aya-thinkpad-fd JobId 4301: Connected to Storage at bkp01.rawanga.org:9103", ["aya-thinkpad"]),
    ('10-Mar 21:00 bkp-dir JobId 4301: Connected to Client "aya-thinkpad-fd" at 10.20.8.47:9102', ["aya-thinkpad"]),
    ('  Client:                 "khaled-dell-fd" 9.6.7 (10Dec20) Microsoft Windows 10', ["khaled-dell"]),
    ("  Job:                    rana-mbp.2024-03-11_21.00.00_31", ["rana-mbp"]),
    # a device by the name its owner gave it, in a post or as a meeting's participant
    ("My device Pixel-7a-claudette keeps freezing.", ["Pixel-7a-claudette"]),
    ("<callername>w_i6ayvkotb25j-bbbID-Galaxy-A54-Oscar</callername>", ["Galaxy-A54-Oscar"]),
    ("w_l5ylnd8djir3-bbbID-Jennies-iPad", ["Jennies-iPad"]),
    # the machine first, then its owner, as Spanish, Italian and Portuguese setups name it (round 60)
    ("el equipo Portatil-de-Ainhoa ya arranca", ["Portatil-de-Ainhoa"]), ("Il portatile (PC-di-Giulia)", ["PC-di-Giulia"]),
]

NEGATIVE = [
    "Start Backup JobId 4301, Job=BackupClient1.2024-03-10_21.00.00_03",  # (the default configuration's job)
    "PC-de-Escritorio", "PC-di-Ufficio",  # (a room's, a use's)
    "my phone iPhone-13 is old", "My device Pixel 7a",  # (a model alone)
    "10-Mar 21:00 bkp-sd JobId 4301: Elapsed time=00:01:12",  # (the storage daemon's)
    "Name query NB WORKGROUP<1d>", "Registration NB WORKGROUP<00>", "PTR printer._ipp._tcp.local",  # (a group;
    # a service's own name)
    "SEP00EBD5A1B2C", "sep00ebd5a1b2c3 x", "SEPTEMBER01AB2C3",  # (no MAC, lower case, a word)
    'label "deploy key for CI" added', "ssh-ed25519 AAAAC3Nz short anna@x",  # (no user@host; no key)
    "ubuntu-Lenovo", "support-Dell",  # (a system's, a team's)
    "DHCPDISCOVER from 5c:e9:1e:0f:ed:d0 (unknown) via eth2", "DHCPREQUEST for 10.41.24.30 (10.41.0.5) from x",
    "Removed forward map from x to y", "Listening on LPF/eth1/00:50:56:aa:10:01/10.41.8.0/21",  # (no client's name)
    'ua="Linphone-Desktop/5.2.4 windows/10 Qt/5.15.2"',  # (a product and its version in a user agent)
    "connect from 10.0.0.5 (unknown)", "Connection accepted from /10.0.0.5:4444 (closed)",  # no name resolved
    "Connection accepted from /10.0.0.5:4444 (pc1.example.com)",  # a domain's name, left alone
    'login OK user "ketly.exantus" from 200.113.12.5 (Port-au-Prince)',  # a town's name, its particle in lower case
    "PUSH_REPLY,dhcp-option DOMAIN cdf.local,dhcp-option DNS 192.168.20.1", "search corp.local",  # a network's domain
    "runs on HP-UX 11", "a DELL-EMC array", "an IBM-PC clone", "the PC-COMPATIBLE mode",  # (a kind, a brand)
    "update from www.mynetgear.com", "see ddns.net for help",  # (the provider's own site)
    "WDC PC SN740 SDDPNQD-512G 477 GB NVMe",  # a Western Digital SSD's model
    "an old home-PC", "runs on my-PC fine", "ibm-PC compatible",  # no one's machine
    "https://example.com/docs/matias-pc-setup", "мой-ПК",  # a URL's slug; a lower-case word
    "state-of-the-art laptop", "Kamala-ko-Laptops",  # (a word goes on)
    "see support-dell page", "Reset DESKTOP-SUPPORT now", "open Johns-iPhone.plist",  # (a brand's page; a word; a file)
    "the synology-nas box", "backup to home-nas", "Drive 5 in [kra-nas01] test",  # (a NAS's maker; no owner; a site's)
    'the host "down"', "TECNO-SPARK-20 review", "iPhone ya kwanza",  # a quoted word; a model alone; no owner
    "xiaomi-redmi-note-13 firmware", "samsung-galaxy-s24 case",  # a maker and its model, no owner
    "our ip-phone and cisco-phone and android-phone were reset",  # kinds of phone, no owner's
    "GET /login?next=heikki-laptop HTTP/1.1", "we use kde-plasma-desktop at home",  # a URL's parameter, a product
    "Anna iPhone-t vett", "the new iPhone-ja",  # (Hungarian 'bought an iPhone'; no owner)
    "the iPhone-Pro case", "MacBook-Air-M2 review",  # a model's words, no owner
    "Received client info - Hostname:  Type: Mozilla Version: 5 Platform: Unknown",  # an empty value, F5's
    "Samsung-Galaxy-S24 firmware", "Google-Pixel-8 release notes",  # a maker's product
    "DESKTOP-SUPPORT team", "LAPTOP-REFRESH program", "desktop-support", "DESKTOP-MARKETS",  # words
    "an IBM-PC compatible", "Apple-MacBook-Pro",  # a kind of machine, a product
    "Google's Pixel 8 launch", "Samsung's Galaxy S24 sales",  # a maker's own
    "query: erp.corp.example.lan IN A", "zone corp.example.lan/IN: loaded",  # a company's servers and domain
    "saved Johns-MacBook-Pro.plist",  # a file's name
    "open android-studio and sync", "android-8c2f91e3",  # not an Android phone's 16-hex name
    "the WIN-PROTECTION flag", "Chiara's Macbook cover",  # not Windows' random part; no model's name
    "el iPhone de Apple es caro", "un iPad de segunda mano", "MacBook Pro uživatele",  # the maker; no owner's name
    "Screen repair – MacBook Air", "Repair – MacBook Air broke again", "iPhone - Apple",  # prose, no whole value
    "Settings iPhone app", "It Supports iPad and Mac", "Apples iPhone line",  # a word, a verb, the maker
    "the SM-DT100 dock", "part XY-LT123456",  # a model's short number; a long one
    "GET /api/host/status HTTP/1.1",  # a path's 'host/', no machine account
    "git clone git@github.com:org/repo.git", "mail ana@example.com: /tmp$ ok",  # no prompts
    'peer-destination-port="0" hostname="N/A" src-vrf-grp="N/A"',  # a placeholder
    "PC-1234 memory modules", "order WS-2012 shipped",  # part numbers, not asset names
    "install support-hp driver", "the hp-latitude model", "attached LT-0042.pdf",  # a file's name
    "Savanorių pr. 176-12, LT-03154 Vilnius",  # Lithuania's postcode before its town
    "sudo apt install ubuntu-desktop gnome-desktop",  # software, not an owner's machine
    "connect with remote-desktop or docker-desktop",
    "my dell-laptop is slow",  # a brand
    "see https://example.com/anna-laptop for specs",  # a URL's slug
    "the hostname look-up failed, and the hostname case-sensitive check too",
    "iPhone-de-luxe cases",
    "Apr 25 10:57:36 hostname ovpn-server[901]: 83.97.20.30:10107 SIGUSR1",  # a syslog tag
    "Apr  7 12:11:06 servername xrdp-sesman[41441]: [INFO ] AUTHFAIL",
    r"copy \\192.0.2.5\share",  # the address's (IP_ADDRESS)
    "test-case-01 failed",  # numbered, but no machine
    # servers are no one's: a fleet's numbering, a syslog header's device, a company's
    # '.internal' names, the name after 'server'
    "failed over to the standby db-replica-02 (10.1.12.42)", "the primary (pg-primary-01) is fine",
    "Apr 16 11:45:25 fw-rtm-01 charon[30811]: 13[IKE] IKE_SA established",
    "build agent ci-07.corp.internal", "ip-172-31-3-150.ap-southeast-2.compute.internal sshd[1]:",
    "Our server SRV-FS01 kept dropping", "%RADIUS-4-RADIUS_DEAD: RADIUS server NPS01:1812,1813 is not responding",
    "see /srv/web-prod-03/logs",  # a path's part
    "ubuntu-22-04",
    "DESKTOP",
    "an IBM-PC compatible", "a non-PC device", "the X-PC-2 board", "a non-pc device",  # not owners' PCs
    "dovecot_login authenticator failed for (ylmf-pc) [145.143.166.237]:41493",  # a spam bot's HELO
    "cs2=Windows cs3Label=Device Name cs3=Windows 11 Enterprise",  # a CEF key after its label
    "desktop-environment", "laptop-friendly",  # words, in lower case
    "DESKTOP-ABCDEFG",  # no digit, and more vowels than a random name has
    "localhost",
    "hostname: localhost",
    "host=www.example.com",
    "visit www.example.com today",
    "Apple-MacBook-Pro",
    "New-iPhone for sale",  # the maker's word, not an owner
    "buy a new-iphone today", "GET /products/used-macbook-pro", "?q=cheap-ipad",  # sales words, slugs
    "GET http://metadata.google.internal/computeMetadata/v1/", "localhost.localdomain sshd[42]:", "mail ann@corp.internal", "see /etc/hosts.lan", "the .lan domain",  # an address, a path, no name
    "the new MacBook Pro",
    "settings.local", "SELECT * FROM system.local WHERE key='local'",  # (Cassandra's node table)
    "helo=mail.example.com ok", "helo=localhost ok",  # (a server's greeting: a domain; this machine)
    "machine learning is fun",
    "host=192.0.2.1", "Content: [Storage & Snapshots] Host: Disk 6 (model WD80EFPX-68C4ZN0)",  # (a NAS's disk)
    "The Quick Brown Fox",
    "hostname resolution failed twice",  # a word, not a name: no digit
    "the hostname DNS-based lookup",  # capitals, then lower case: no Windows name
    "the machine name 42 is odd",  # does not start with a letter
    "hostname www2.example.com",  # dotted: a site
    "my workstation is fine",
    "my laptop T480s is slow",  # a model
    "a desktop i7-8700 build",  # a processor
    "Windows Server 2019 and server 2022",  # versions
    "host CentOS-7 and server Ubuntu-22",  # systems with their versions
    "the server-side cache",
    "a host web01.example.com",  # dotted: a site
    "the PC is fine, the machine works",
    "dnsmasq-dhcp[1823]: DHCPACK(br-lan) 192.168.1.164 a4:c3:f0:6e:88:1d",  # (no name sent)
    "dnsmasq-dhcp[1823]: DHCPACK(br-lan) 192.168.1.164 a4:c3:f0:6e:88:1d Temurs-Xiaomi-13 extra",
    "cmd: EHLO mail-ed1-f52.google.com", "cmd: EHLO localhost", "cmd: EHLO [192.168.1.5]",  # (a server's FQDN)
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(find, text, expected):
    assert find(text, E) == sorted((E, s) for s in expected)


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(find, text):
    assert find(text, E) == []


def test_context(recognizer):
    assert {"hostname", "workstation"} <= set(recognizer("HostnameRecognizer").context)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pam_unix(sshd:auth): authentication failure; tty=ssh ruser= rhost=host-203-0-113-9.example.net  user=root",
         ["host-203-0-113-9.example.net"]),
        ("sshd[20458]: User root from client7.example.org not allowed because not listed", ["client7.example.org"]),
        ("PAM: authentication error for nadia from relay.example.org via 203.0.113.77", ["relay.example.org"]),
    ],
)
def test_remote_peer_names_in_auth_logs(find, text, expected):
    assert find(text, "HOSTNAME") == [("HOSTNAME", e) for e in expected]


@pytest.mark.parametrize("text", ["rhost=192.0.2.7 user=root", "rhost= user=root", "mail from jane to bob",
                                  "hostile user participation from the 1st dupe voter"])
def test_remote_peer_needs_a_name(find, text):
    assert find(text, "HOSTNAME") == []


@pytest.mark.parametrize(("text", "expected"), [
    # ProFTPD's client, by the name its server resolved
    ("proftpd[21075] ftp01.example.fi (lv-46-109-37-173.bite.lv[46.109.37.173]): FTP session opened.",
     ["lv-46-109-37-173.bite.lv"]),
    ("proftpd[21088] ftp01.example.fi (linnea-pc.example.local[10.12.15.5]): USER linnea: Login successful.",
     ["linnea-pc.example.local"]),
    ("proftpd[21088] ftp01.example.fi (2001:db8::5[2001:db8::5]): FTP session opened.", []),  # no name resolved
    ("proftpd[21088] ftp01.example.fi (45.21.25.112[45.21.25.112]): FTP session closed.", []),
])
def test_an_ftp_sessions_client(find, text, expected):
    assert [v for t, v in find(text, "HOSTNAME") if t == "HOSTNAME"] == expected


def test_a_sites_type_and_its_users_name(find):
    assert find("cs9Label=GroupName dhost=SV-LAP-KSANDOVAL dst=10.10.23.147", E) == [(E, "SV-LAP-KSANDOVAL")]
    assert find("equipo HN-NB-FCRUZ en TI", E) == [(E, "HN-NB-FCRUZ")]
    assert find("see EU-PC-ABC for details", E) == []  # (no user's name: four letters at least)


def test_a_computers_name_after_its_portuguese_spanish_or_french_label(find):
    assert find("Nome do computador: PC-AMILCAR. Versão 10.0.22631", E) == [(E, "PC-AMILCAR")]
    assert find("Nome do PC: PC-ATANASIO. UUID", E) == [(E, "PC-ATANASIO")]
    assert find("Nombre del equipo: LAP-GUZMAN", E) == [(E, "LAP-GUZMAN")]


def test_an_android_phone_by_its_model_and_its_owner(find):
    assert find("cs9Label=GroupName dhost=Redmi-Note-12-Marisol dst=10.11.200.168", E) == [(E, "Redmi-Note-12-Marisol")]
    assert find("Nombre DNS: redmi-note-12-marisol.wifi.agrocus.local", E) == [
        (E, "redmi-note-12-marisol.wifi.agrocus.local")]
    assert find("Samsung-Galaxy-S23 review", E) == [] and find("the galaxy-note-fans group", E) == []


def test_round_61s_phones_and_fleet_devices(find):
    assert find("My router shows it as takudzwas-Redmi. My public", E) == [(E, "takudzwas-Redmi")]
    assert find("shows it as mphos-Galaxy-A15.", E) == [(E, "mphos-Galaxy-A15")]
    assert find("INFO - Device TCN-Yuliia imei=356938035643809", E) == [(E, "TCN-Yuliia")]
    assert find("last seen on TCN-Ostap at 12.03", E) == [(E, "TCN-Ostap")]
    assert find("Device USB-Storage attached", E) == [] and find("buy samsung-galaxy-a15 now", E) == []


def test_a_computers_name_after_round_62s_labels(find):
    assert find("Računar: DESKTOP-ILAGYOA\nKorisnik: Nermin", E) == [(E, "DESKTOP-ILAGYOA")]
    assert find("Kompjuteri: arjan-samsung", E) == [(E, "arjan-samsung")]
    assert find("Naziv uređaja: xhensila-samsung", E) == [(E, "xhensila-samsung")]
    assert find("Компјутер: DESKTOP-ZFAMVOL", E) == [(E, "DESKTOP-ZFAMVOL")]
    assert find("Računar: 192.168.1.5", E) == [] and find("računar je spor", E) == []


def test_mysqls_user_at_host_is_no_hosts_keyword(find):
    # (MySQL's slow query log: the login before its effective user, then the host; the username recognizer's)
    line = "# User@Host: zawminhtet[zawminhtet] @ ZMH-MBP [10.20.8.77]  Id:  7801"
    assert (E, "zawminhtet") not in find(line, E) and (E, "ZMH-MBP") in find(line, E)
    assert (E, "web-laptop") in find("host=web-laptop", E)


def test_a_dhcp_clients_name_keeps_its_underscore(find):
    # round 65: Omada's 'DHCP server ... assigned 10.0.0.9 to client [...], hostname HUAWEI_P30_lite-409a, lease ...'
    assert (E, "HUAWEI_P30_lite-409a") in find("to client [22-1C-7B-74-B0-5F], hostname HUAWEI_P30_lite-409a, lease", E)
    assert [v for t, v in find("the hostname is_valid check", E) if t == E] == []


@pytest.mark.parametrize(("text", "expected"), [
    # round 66: an Android phone's name as it gives it to DHCP (a FRITZ!Box's list); an MDM's alias of a device its
    # holder carries
    ("WLAN-Gerät angemeldet (2,4 GHz), 72 Mbit/s, HUAWEI_P30-87d, IP 192.168.179.193", ["HUAWEI_P30-87d"]),
    ("HUAWEI_P30_lite-409a", ["HUAWEI_P30_lite-409a"]), ("Tariq's Handheld", ["Tariq's Handheld"]),
    ("Mark Anthony's Handheld", ["Mark Anthony's Handheld"]),
    ("HUAWEI_P30 Pro", []), ("HUAWEI_P30-beef", []),  # (a model alone; no digit in the suffix)
    ("The Company's Tablet", []), ("I fixed Tom's laptop", []),  # (a firm's; prose's, in lower case)
])
def test_round_66s_devices(find, text, expected):
    assert [v for t, v in find(text, E) if t == E] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 67: Japanese's and Korean's possessive before the device (romanized too), a login before LG's laptop,
    # a notebook's name by its user's surname
    ('name="Yui-no-iPhone" lan1', ["Yui-no-iPhone"]), ('name="吉田のiPhone" lan1', ["吉田のiPhone"]),
    ('name="민준의 iPhone" lan1', ["민준의 iPhone"]), ("지우의 갤럭시", ["지우의 갤럭시"]),
    ('name="yryu54-gram" lan1', ["yryu54-gram"]), ("Подключились к NB-GOLDSHTEYN, обновили", ["NB-GOLDSHTEYN"]),
    ("会社のPC", []), ("회사의 노트북", []), ("お客様のiPhone", []),  # (a firm's, a shared one; a customer's)
    ("NB-IOT module", []), ("LT-TEST", []), ("NB-ZH", []),  # (narrowband IoT; a test's; too short)
])
def test_round_67s_devices(find, text, expected):
    assert [v for t, v in find(text, E) if t == E] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 68: a NAS named for its owner; a Samsung tablet's and a Xiaomi phone's names as their owners gave them
    ("CSMBFile::Open - opening ARJUN-NAS as arjun", ["ARJUN-NAS"]), ("smb://ARJUN-NAS/Family/Videos/x.mkv", ["ARJUN-NAS"]),
    ('UPnP: found renderer "Meenakshi\'s Redmi Note 12" at', ["Meenakshi's Redmi Note 12"]),
    ("Arjun's Galaxy Tab S9", ["Arjun's Galaxy Tab S9"]),
    ("SYNOLOGY-NAS online", []), ("BACKUP-NAS full", []),  # (a NAS by its maker, by its use)
    ("tamar.japaridze@tamar-pc:~$ sudo dmesg", ["tamar-pc"]),  # (a prompt's machine, its login with a dot)
])
def test_round_68s_devices(find, text, expected):
    assert [v for t, v in find(text, E) if t == E] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # round 70: a TeamViewer session's participant's machine by its name in TeamViewer's log; a mail's id naming the
    # machine it was sent from, where no domain is set (msmtp's log of a server's answer)
    ("CPersistentParticipantManager::AddParticipant: [282779620,-39878446] type=6 name=Recepcion-Moesai",
     ["Recepcion-Moesai"]),
    ("smtpmsg='250 2.0.0 OK <eff6c3f1.4e27@yolanda-ThinkPad-E14> [Hostname=SN7PR18MB.prod]'", ["yolanda-ThinkPad-E14"]),
    ("AddParticipant: [282779620,-39878446] type=6", []),  # (no name)
    ("<a.b@example>", []), ("<id@mail.example.com>", []),  # (no capital nor digit; a domain's)
])
def test_round_70s_devices(find, text, expected):
    assert [v for t, v in find(text, E) if t == E] == expected
