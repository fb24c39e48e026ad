<?php
/**
 * Plugin Name:       IPT Widgets
 * Description:       Blocks and shortcodes for the ipt-widgets web components: an explainer of interpersonal therapy (IPT) for depression, a private self-reflection quiz, a self-care checklist and crisis help. Everything is served from your own site.
 * Version:           @@VERSION@@
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            ipt-widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       ipt-widgets
 * Domain Path:       /languages
 *
 * @package ipt-widgets
 */

defined( 'ABSPATH' ) || exit;

define( 'IPT_WIDGETS_VERSION', '@@VERSION@@' );
define( 'IPT_WIDGETS_FILE', __FILE__ );
define( 'IPT_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );

require_once IPT_WIDGETS_DIR . 'includes/class-ipt-widgets-attributes.php';
require_once IPT_WIDGETS_DIR . 'includes/class-ipt-widgets-settings.php';
require_once IPT_WIDGETS_DIR . 'includes/class-ipt-widgets-render.php';
require_once IPT_WIDGETS_DIR . 'includes/class-ipt-widgets-blocks.php';
require_once IPT_WIDGETS_DIR . 'includes/class-ipt-widgets-shortcodes.php';

add_action(
	'init',
	static function () {
		load_plugin_textdomain( 'ipt-widgets', false, dirname( plugin_basename( IPT_WIDGETS_FILE ) ) . '/languages' );
	}
);

IPT_Widgets_Settings::boot();
IPT_Widgets_Render::boot();
IPT_Widgets_Blocks::boot();
IPT_Widgets_Shortcodes::boot();
