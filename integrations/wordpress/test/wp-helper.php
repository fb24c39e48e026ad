<?php
/**
 * Small WordPress commands for the test, run with the PHP CLI (Debian has no wp-cli package):
 *   php wp-helper.php ROOT create-user LOGIN PASSWORD ROLE EMAIL   -> {"id":2,"unfiltered_html":false}
 *   php wp-helper.php ROOT option NAME                                -> the option as JSON, or "__missing__"
 *   php wp-helper.php ROOT versions                                   -> {"wordpress":"6.1.9","php":"8.2.…","database":"10.11.…"}
 *   php wp-helper.php ROOT check-blocks < cases.json                  -> the plugin's verdict on each [{tag, attributes}]:
 *                                                                        [{"checked":{…},"warnings":[…]}]
 * ROOT is the test's WordPress folder (see router.php); IPT_WP_URL is the site address.
 *
 * @package ipt-widgets
 */

if ( PHP_SAPI !== 'cli' || $argc < 3 ) {
	exit( 2 );
}
define( 'ABSPATH', rtrim( $argv[1], '/' ) . '/' );
$ipt_url                = (string) getenv( 'IPT_WP_URL' );
$_SERVER['HTTP_HOST']   = (string) wp_parse_url_host_port( $ipt_url );
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';

/**
 * Host and port of an address, without WordPress (it is not loaded yet).
 *
 * @param string $url Address.
 * @return string
 */
function wp_parse_url_host_port( $url ) {
	$parts = parse_url( $url ); // phpcs:ignore WordPress.WP.AlternativeFunctions.parse_url_parse_url -- WordPress is not loaded yet.
	return $parts['host'] . ( isset( $parts['port'] ) ? ':' . $parts['port'] : '' );
}

require ABSPATH . 'wp-load.php';

switch ( $argv[2] ) {
	case 'create-user':
		$ipt_id = wp_insert_user(
			array(
				'user_login' => $argv[3],
				'user_pass'  => $argv[4],
				'role'       => $argv[5],
				'user_email' => $argv[6],
			)
		);
		if ( is_wp_error( $ipt_id ) ) {
			fwrite( STDERR, $ipt_id->get_error_message() . "\n" );
			exit( 1 );
		}
		// New users would see the block editor's welcome guide; the test closes it in the UI anyway.
		echo wp_json_encode(
			array(
				'id'              => $ipt_id,
				'unfiltered_html' => user_can( $ipt_id, 'unfiltered_html' ),
			)
		);
		break;
	case 'option':
		echo wp_json_encode( get_option( $argv[3], '__missing__' ) );
		break;
	case 'versions':
		global $wp_version, $wpdb;
		echo wp_json_encode(
			array(
				'wordpress' => $wp_version,
				'php'       => PHP_VERSION,
				'database'  => $wpdb->get_var( 'SELECT VERSION()' ),
			)
		);
		break;
	case 'check-blocks':
		$ipt_cases   = json_decode( (string) file_get_contents( 'php://stdin' ), true );
		$ipt_results = array();
		$ipt_heard   = array();
		add_action(
			'ipt_widgets_warning',
			static function ( $message ) use ( &$ipt_heard ) {
				$ipt_heard[] = $message;
			}
		);
		// Each case on its own: forget the warnings already given, as a new request would.
		$ipt_warned = new ReflectionProperty( 'IPT_Widgets_Attributes', 'warned' );
		$ipt_warned->setAccessible( true );
		foreach ( $ipt_cases as $ipt_case ) {
			$ipt_warned->setValue( null, array() );
			$ipt_heard     = array();
			$ipt_checked   = IPT_Widgets_Attributes::from_block( $ipt_case['tag'], $ipt_case['attributes'] );
			$ipt_results[] = array(
				'checked'  => (object) $ipt_checked,
				'warnings' => $ipt_heard,
			);
		}
		echo wp_json_encode( $ipt_results );
		break;
	default:
		exit( 2 );
}
