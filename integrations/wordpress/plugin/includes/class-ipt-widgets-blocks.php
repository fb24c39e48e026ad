<?php
/**
 * One dynamic block per widget, registered from the block.json files the build generates. The
 * editor script (plain JavaScript on the wp.* globals, no build step) gives each block sidebar
 * controls made from the same allowlist and a live preview: the real element, from the module
 * script the plugin carries.
 *
 * @package ipt-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Blocks and their editor assets.
 */
final class IPT_Widgets_Blocks {

	const EDITOR_HANDLE = 'ipt-widgets-editor';

	/**
	 * Hooks the blocks into WordPress.
	 */
	public static function boot() {
		add_action( 'init', array( __CLASS__, 'register' ) );
		add_action( 'enqueue_block_editor_assets', array( __CLASS__, 'editor_assets' ) );
		add_action( 'enqueue_block_assets', array( __CLASS__, 'editor_canvas_assets' ) );
		add_filter( 'render_block_data', array( __CLASS__, 'check_saved_attributes' ) );
	}

	/**
	 * Registers the editor script and style and one block per widget.
	 */
	public static function register() {
		wp_register_script(
			self::EDITOR_HANDLE,
			plugins_url( 'assets/editor.js', IPT_WIDGETS_FILE ),
			array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
			IPT_WIDGETS_VERSION,
			true
		);
		wp_set_script_translations( self::EDITOR_HANDLE, 'ipt-widgets', IPT_WIDGETS_DIR . 'languages' );
		wp_register_style( self::EDITOR_HANDLE, plugins_url( 'assets/editor.css', IPT_WIDGETS_FILE ), array(), IPT_WIDGETS_VERSION );

		foreach ( IPT_Widgets_Attributes::widgets() as $tag => $widget ) {
			register_block_type(
				IPT_WIDGETS_DIR . 'blocks/' . $widget['slug'],
				array(
					'render_callback' => static function ( $attributes ) use ( $tag ) {
						return IPT_Widgets_Blocks::render( $tag, is_array( $attributes ) ? $attributes : array() );
					},
				)
			);
		}
	}

	/**
	 * A block on the page: only its checked attributes; the saved HTML is never printed (the
	 * fallback line is rebuilt from its attributes as escaped text).
	 *
	 * @param string $tag        Tag name.
	 * @param array  $attributes Block attributes.
	 * @return string
	 */
	public static function render( $tag, array $attributes ) {
		$checked = IPT_Widgets_Attributes::from_block( $tag, $attributes );
		$text    = IPT_Widgets_Attributes::fallback_text( isset( $attributes['fallbackText'] ) ? $attributes['fallbackText'] : '' );
		$href    = IPT_Widgets_Attributes::fallback_href( $tag, isset( $attributes['fallbackHref'] ) ? $attributes['fallbackHref'] : '' );
		return IPT_Widgets_Render::markup( $tag, $checked, $text, $href, get_block_wrapper_attributes() );
	}

	/**
	 * Checks a widget block's attributes as saved, before WordPress drops values of the wrong type,
	 * so every value left out gets its warning.
	 *
	 * @param array $parsed_block The block as parsed from the post.
	 * @return array The block, unchanged.
	 */
	public static function check_saved_attributes( $parsed_block ) {
		if ( is_array( $parsed_block ) && isset( $parsed_block['blockName'] ) && is_string( $parsed_block['blockName'] ) && 0 === strpos( $parsed_block['blockName'], 'ipt-widgets/' ) ) {
			foreach ( IPT_Widgets_Attributes::widgets() as $tag => $widget ) {
				if ( $widget['block'] === $parsed_block['blockName'] ) {
					IPT_Widgets_Attributes::from_block( $tag, isset( $parsed_block['attrs'] ) && is_array( $parsed_block['attrs'] ) ? $parsed_block['attrs'] : array() );
				}
			}
		}
		return $parsed_block;
	}

	/**
	 * The editor script's settings and the widgets' script for the live preview (WordPress 6.1
	 * renders the post editor in the same document).
	 */
	public static function editor_assets() {
		wp_add_inline_script( self::EDITOR_HANDLE, 'window.iptWidgetsEditor = ' . wp_json_encode( self::editor_config() ) . ';', 'before' );
		wp_enqueue_script( IPT_Widgets_Render::handle( self::preview_language() ) );
	}

	/**
	 * Editors that render blocks in an iframe (the site editor; the post editor in newer WordPress)
	 * load this hook's assets inside it, so the preview's elements are defined there too.
	 */
	public static function editor_canvas_assets() {
		if ( is_admin() ) {
			wp_enqueue_script( IPT_Widgets_Render::handle( self::preview_language() ) );
		}
	}

	/**
	 * The script the editor loads: one that carries every widget in English and one more language,
	 * so a block's language choice shows in the preview.
	 *
	 * @return string
	 */
	private static function preview_language() {
		$provider  = IPT_Widgets_Render::provider_attributes();
		$languages = IPT_Widgets_Attributes::languages();
		if ( isset( $provider['locale'] ) && 'en' !== IPT_Widgets_Render::primary( $provider['locale'] ) ) {
			return IPT_Widgets_Render::primary( $provider['locale'] );
		}
		return isset( $languages[1] ) ? $languages[1] : 'en';
	}

	/**
	 * What the editor script needs: the widgets' rules, the site-wide defaults, readable labels.
	 *
	 * @return array
	 */
	private static function editor_config() {
		$widgets = array();
		foreach ( IPT_Widgets_Attributes::widgets() as $widget ) {
			$widget['defaultFallback'] = IPT_Widgets_Render::default_fallback( $widget );
			$widgets[]                 = $widget;
		}
		return array(
			'widgets'     => $widgets,
			'provider'    => IPT_Widgets_Render::provider_attributes(),
			'valueLabels' => array(
				'region'       => IPT_Widgets_Settings::region_labels(),
				'lang'         => IPT_Widgets_Settings::language_labels(),
				'color-scheme' => IPT_Widgets_Settings::scheme_labels(),
			),
			'settingsUrl' => current_user_can( IPT_Widgets_Settings::CAPABILITY ) ? admin_url( 'options-general.php?page=' . IPT_Widgets_Settings::PAGE ) : '',
		);
	}
}
