<?php
/**
 * Router for `php -S` in the WordPress test: WordPress runs from a temporary folder that links to
 * Debian's /usr/share/wordpress and holds its own wp-config.php and wp-content, so the test never
 * writes to /etc/wordpress or /var/lib/wordpress. Defining ABSPATH here, before any WordPress file
 * runs, makes wp-load.php read that folder's wp-config.php.
 *
 * @package ipt-widgets
 */

$ipt_test_root = getenv( 'IPT_WP_ROOT' );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', rtrim( $ipt_test_root, '/' ) . '/' );
}
// Let the built-in server serve the file or run the script it names.
return false;
